"""The spk9 quote-speaker probe sets (round 16); `python3 build.py` writes a/ and b/ (see ../quote_probes.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from quote_probes import QuoteProbes  # noqa: E402

PROBES = QuoteProbes(Path(__file__).parent, "spk9", 16)
art = PROBES.art

# ---------------------------------------------------------------- part A
art("a", "a01", "UN nuclear watchdog reports new enrichment at Iranian site", "2021-09-08", """
The International Atomic Energy Agency said on Wednesday that Iran had begun enriching uranium with a new cascade of advanced centrifuges at its Fordow plant.

Inspectors visited the underground site last week. Iran's Atomic Energy Organization did not respond to requests for comment.

"This development further reduces the time Iran would need to produce material for a weapon," the agency said in a confidential report seen by Reuters.
""", [("International Atomic Energy Agency", "said")])

art("a", "a02", "Father of student killed in Tehran protest demands inquiry", "2022-10-05", """
The father of a 19-year-old student killed during protests in Tehran last week has called for an independent investigation into her death.

The victim's father, Reza Kazemi, told reporters outside the family home that his daughter had been shot by security forces. "She was not carrying anything but a sign," he said.

Iranian officials have said she died of a fall.

"I want the people who did this to face a court," the father said. "I am not afraid anymore."
""", [("Reza Kazemi", "said"), ("Reza Kazemi", "said"), ("Reza Kazemi", "")])

art("a", "a03", "Biden proclaims national day of remembrance", "2021-06-01", """
President Joe Biden on Monday signed a proclamation marking the centenary of the Tulsa Race Massacre, in which a white mob destroyed a prosperous Black neighbourhood in 1921.

"For too long, the history of what took place here was told in silence, cloaked in darkness," the proclamation said.

It called on Americans "to reflect on the deep roots of racial terror" and to commit to rooting out systemic racism.
""", [("Joe Biden", "said"), ("Joe Biden", "called on")])

art("a", "a04", "Wikinews interviews Estonian candidate", "2019-02-20", """
Wikinews spoke with Kadri Tamm, a candidate of the Estonian Greens in next month's parliamentary election, about climate policy and the oil shale industry.

((Wikinews)) Why did you decide to run for parliament?

Kadri Tamm: I have worked on air quality in Ida-Viru County for ten years. When a minister told us the plants were "the backbone of our energy independence," I realised nobody in Toompea was listening to the people who live next to them.

((Wikinews)) What would you do first?

Kadri Tamm: Set a date to close the last oil shale plant. People say it is "impossible," but they said the same about the mines.
""", [("minister", "told"), None])

art("a", "a05", "Canadian health agency warns of measles cases", "2019-03-12", """
Ottawa, Ontario (Wikinews) — The Public Health Agency of Canada issued a warning on Monday after eleven cases of measles were confirmed in British Columbia.

Most of the cases were in children who had not been vaccinated. Health officials in Vancouver said a school had been closed for cleaning.

The agency urged travellers to check their vaccination records. "Measles is highly contagious and can lead to serious complications," the agency said in its advisory.

Dr Theresa Tam, Canada's chief public health officer, said the outbreak was "entirely preventable."
""", [("Public Health Agency of Canada", "said"), ("Theresa Tam", "said")])

art("a", "a06", "Press briefing: State Department on Ethiopia", "2021-11-04", """
MR PRICE: Good afternoon, everyone. I want to start with Ethiopia. The Secretary spoke this morning with Prime Minister Abiy. He made clear that "there is no military solution to this conflict," and he urged all parties to begin talks.

QUESTION: Ned, did the Prime Minister give any commitment?

MR PRICE: I am not going to characterise the Prime Minister's side of the call. What I can tell you is that our message was "stop the fighting, now."

QUESTION: The Ethiopian government called the TPLF a "terrorist group" this week. Do you agree?

MR PRICE: We have not made that determination.
""", [("Antony Blinken", "made clear"), ("Ned Price", ""), ("Ethiopian government", "called")])

art("a", "a07", "Biden remarks on infrastructure bill", "2021-11-15", """
PRESIDENT BIDEN: Thank you. Please, please sit down. Folks, for too long we have talked about infrastructure weeks. Today, we are actually building.

My friend, the Governor of Ohio, said to me last month, "Joe, just get the bridge fixed." Well, Mike, we are fixing the bridge.

And when I ran, I said, "I'll be a president for all Americans." This bill proves it.

Q Mr. President, will you sign the Build Back Better bill by Christmas?

PRESIDENT BIDEN: I hope so.
""", [("Mike DeWine", "said"), ("Joe Biden", "said")])

art("a", "a08", "Statement on the anniversary of the Beirut port explosion", "2021-08-04", """
One year ago today, a massive explosion at the Port of Beirut killed more than 200 people and devastated much of the city.

The United States continues to stand with the people of Lebanon. As I said during my visit last year, "the Lebanese people deserve a government that answers to them."

We call on Lebanon's leaders to allow the investigation to proceed without interference.

— Antony J. Blinken, Secretary of State
""", [("Antony J. Blinken", "said")])

art("a", "a09", "Brazilian minister criticised over Amazon remarks", "2020-05-23", """
Brazil's environment minister Ricardo Salles faced calls to resign on Friday after a video of a cabinet meeting was released by the Supreme Court.

In the video, Salles told colleagues the government should use the pandemic to "pass the cattle through" and change environmental rules while the press was distracted.

Greenpeace Brazil said the remarks were "a confession." Marcio Astrini, executive secretary of the Climate Observatory, wrote on Twitter: "The minister has said out loud what we all knew."

Salles posted on his own account that he had always defended "simpler rules" and "legal certainty."
""", [("Ricardo Salles", "told"), ("Greenpeace Brazil", "said"), ("Marcio Astrini", "wrote"), ("Ricardo Salles", "posted"), ("Ricardo Salles", "posted")])

art("a", "a10", "Nigerian senator tweets about abducted pupils", "2021-03-01", """
Gunmen abducted more than 270 schoolgirls from a boarding school in Jangebe, Zamfara State, on Friday, police said.

Senator Shehu Sani tweeted: "Every kidnapping that ends in a ransom is an invitation to the next one."

Zamfara governor Bello Matawalle said negotiations were under way. "We are doing everything to bring the girls home safely," he told the BBC.

A parent, Nasiru Abdullahi, told the Associated Press that his two daughters were among those taken. "We are just waiting and praying," he said.
""", [("Shehu Sani", "tweeted"), ("Bello Matawalle", "told"), ("Nasiru Abdullahi", "said")])

art("a", "a11", "Lawyer says Navalny will appeal sentence", "2021-02-03", """
A Moscow court on Tuesday replaced Alexei Navalny's suspended sentence with a prison term of almost three years.

Navalny's lawyer, Olga Mikhailova, said the defence would appeal. "The decision is unlawful and we will challenge it at every level," the lawyer said.

Kremlin spokesman Dmitry Peskov said the ruling was a matter for the court. "The Kremlin does not interfere in court decisions," Peskov said.

"This is not about me," Navalny told the court before the verdict. "This is about frightening millions of people."
""", [("Olga Mikhailova", "said"), ("Dmitry Peskov", "said"), ("Alexei Navalny", "told"), ("Alexei Navalny", "")])

art("a", "a12", "Rights group accuses Myanmar military of atrocities", "2021-07-31", """
Human Rights Watch said on Friday that Myanmar's military had carried out killings and enforced disappearances that may amount to crimes against humanity.

The report, based on interviews with more than 40 witnesses, documents attacks on protesters in Yangon and Mandalay since the February coup.

"The junta has treated the people of Myanmar as an enemy to be crushed," the group said. It urged the UN Security Council to impose an arms embargo.

A junta spokesman, Zaw Min Tun, rejected the findings as "one-sided."
""", [("Human Rights Watch", "said"), ("Zaw Min Tun", "rejected")])

art("a", "a13", "Airline grounds fleet after engine fire", "2021-02-22", """
United Airlines said on Sunday it was grounding 24 Boeing 777 jets after an engine failure on a flight from Denver to Honolulu scattered debris over a residential area.

No one on board or on the ground was hurt. The Federal Aviation Administration ordered extra inspections of the engines.

"Safety remains our highest priority," the company said. It added that the removal of the planes "will cause only a small number of cancellations."
""", [("United Airlines", "said"), ("United Airlines", "added")])

art("a", "a14", "Chilean ministry summons Argentine ambassador", "2022-03-30", """
Chile's Foreign Ministry summoned Argentina's ambassador on Tuesday over remarks by an Argentine minister about the two countries' maritime boundary.

The ministry said the remarks were "unacceptable" and "contrary to the spirit of friendship" between the neighbours.

"Chile's sovereignty over its waters is not up for discussion," the ministry added in a statement.
""", [("Foreign Ministry", "said"), ("Foreign Ministry", "said"), ("Foreign Ministry", "added")])

art("a", "a15", "Three leaders speak after summit", "2019-10-17", """
The leaders of Ethiopia, Egypt and Sudan met in Sochi on Thursday on the sidelines of the Russia-Africa summit to discuss the Grand Ethiopian Renaissance Dam.

"We agreed to resume the technical talks within weeks," Ethiopian Prime Minister Abiy Ahmed said after the meeting.

Egyptian President Abdel Fattah el-Sisi was more guarded. "Egypt's share of the Nile is a matter of life," he said. "We will not accept any harm to it."

Sudanese Prime Minister Abdalla Hamdok said his country wanted "a fair deal for all three."
""", [("Abiy Ahmed", "said"), ("Abdel Fattah el-Sisi", "said"), ("Abdel Fattah el-Sisi", ""), ("Abdalla Hamdok", "said")])

art("a", "a16", "Quote inside a quote at climate talks", "2021-11-12", """
The chair of the COP26 conference, Alok Sharma, told delegates on Friday that the final text was the best available compromise.

"A young activist came to me on Monday and said, 'Do not let them water it down,'" Sharma said. "I have tried to honour that."

India's environment minister Bhupender Yadav objected to the wording on coal. "How can anyone expect developing countries to make promises about phasing out coal," he asked, "when they still have to deal with poverty?"
""", [("Alok Sharma", "said"), ("Alok Sharma", ""), ("Bhupender Yadav", "asked"), ("Bhupender Yadav", "asked")])

art("a", "a17", "Spokeswoman says EU will respond to sanctions", "2021-03-22", """
China announced sanctions on Monday against ten European politicians, including five members of the European Parliament, in retaliation for EU measures over Xinjiang.

Nabila Massrali, a spokeswoman for the European Commission, said the bloc would respond. "These sanctions are unacceptable and will have consequences," the spokeswoman said.

Beijing's foreign ministry said the EU measures were "based on nothing but lies and disinformation."
""", [("Nabila Massrali", "said"), ("Foreign Ministry", "said")])

art("a", "a18", "Mother of missing hiker speaks", "2020-08-14", """
Rescue teams in the Austrian Alps suspended their search on Thursday for a Dutch hiker missing since Sunday because of storms.

The hiker's mother, Ingrid de Vries, flew to Innsbruck on Tuesday. She praised the volunteers. "They have been out there for days in terrible weather," the mother said.

Local police chief Markus Huber said the search would resume when conditions allowed. "We have not given up," Huber said.
""", [("Ingrid de Vries", "said"), ("Markus Huber", "said")])

art("a", "a19", "White House press briefing on inflation", "2022-05-12", """
MS. JEAN-PIERRE: Good afternoon. As the President said yesterday, "fighting inflation is my top domestic priority." Today I want to walk through three steps.

Q Karine, Senator Manchin said this morning that the spending bill "will make inflation worse." What's your response?

MS. JEAN-PIERRE: We disagree with that. Economists across the spectrum have said otherwise.

Q One more: the Fed chair said interest rates could rise faster. Is the White House comfortable with that?

MS. JEAN-PIERRE: The Fed is independent. I will leave monetary policy to them.
""", [("Joe Biden", "said"), ("Joe Manchin", "said")])

art("a", "a20", "Company announces layoffs", "2022-11-09", """
Meta, the parent company of Facebook, said on Wednesday it would lay off about 11,000 employees, around 13 percent of its workforce.

Chief executive Mark Zuckerberg wrote in a letter to staff: "I want to take accountability for these decisions and for how we got here."

The company said it would give departing workers sixteen weeks of base pay. "We are making some of the most difficult changes in our history," it said.
""", [("Mark Zuckerberg", "wrote"), ("Meta", "said")])

art("a", "a21", "Police chief and witness describe shooting", "2022-06-08", """
A gunman killed two people at a shopping centre in Copenhagen on Sunday, Danish police said.

Copenhagen police chief inspector Søren Thomassen told a news conference that the suspect was a 22-year-old Danish man. "We have no indication that this was an act of terror," Thomassen said.

A witness, Mahdi al-Wazni, described the panic inside. "People were running everywhere and screaming," he said. "I hid in a shop with about fifty others."

The police chief said the suspect was known to psychiatric services.
""", [("Søren Thomassen", "said"), ("Mahdi al-Wazni", "said"), ("Mahdi al-Wazni", "")])

art("a", "a22", "Opposition leader vows to contest result", "2021-01-17", """
Uganda's electoral commission declared President Yoweri Museveni the winner of Thursday's election on Saturday, with 58 percent of the vote.

Opposition candidate Bobi Wine, whose real name is Robert Kyagulanyi, rejected the result. "This is the most fraudulent election in Uganda's history," Wine told reporters at his home, which was surrounded by soldiers.

In a televised address, Museveni said the vote "may turn out to be the most cheating-free" since independence.

The chairman of the commission, Simon Byabakama, said anyone who disputed the result should "go to court."
""", [("Bobi Wine", "told"), ("Yoweri Museveni", "said"), ("Simon Byabakama", "said")])

art("a", "a23", "According to the ministry, strikes hit power stations", "2022-10-10", """
Russian missiles struck cities across Ukraine on Monday morning, killing at least 11 people, according to Ukraine's emergency services.

According to the energy ministry, the strikes "damaged eleven key infrastructure facilities" in eight regions.

"They are trying to destroy us and wipe us off the face of the earth," President Volodymyr Zelenskyy said in a video posted on Telegram.
""", [("energy ministry", "according to"), ("Volodymyr Zelenskyy", "said")])

art("a", "a24", "Union and employer trade accusations over strike", "2022-12-14", """
Nurses in England and Wales walked out on Thursday in the first national strike in the Royal College of Nursing's history.

"Nurses have had enough of being taken for granted," said Pat Cullen, the union's general secretary.

Health Secretary Steve Barclay said the union's demands were "unaffordable." Cullen replied that the minister "has chosen to fight nurses instead of negotiating with them."

"I would like to see the strike called off," Prime Minister Rishi Sunak told parliament.
""", [("Pat Cullen", "said"), ("Steve Barclay", "said"), ("Pat Cullen", "replied"), ("Rishi Sunak", "told")])

art("a", "a25", "Statement by Secretary Blinken on Nicaragua election", "2021-11-07", """
Today, Daniel Ortega and Rosario Murillo orchestrated a pantomime election that was neither free nor fair, and most certainly not democratic.

By imprisoning candidates and banning parties, the Ortega-Murillo government ensured the outcome months before the vote. Nicaraguans have a right to "choose their own leaders," as the Inter-American Democratic Charter affirms.

The United States will use all diplomatic and economic tools at its disposal to support the people of Nicaragua.

Antony J. Blinken
Secretary of State
""", [("Inter-American Democratic Charter", "affirms")])

art("a", "a26", "Group says it will keep blocking roads", "2022-06-27", """
Climate activists from Just Stop Oil glued themselves to the frame of a painting at the Courtauld Gallery in London on Thursday.

The group said in a statement that the protests would go on until the government ended new oil and gas licences. "We are not going away," the group said.

The gallery said the painting had not been damaged. A spokesperson for the Metropolitan Police said two people had been arrested.
""", [("Just Stop Oil", "said")])

art("a", "a27", "Interview with the BBC", "2020-02-17", """
The Taiwanese president, Tsai Ing-wen, said in an interview with the BBC that China must respect Taiwan's democracy.

"We don't have a need to declare ourselves an independent state," Tsai said. "We are an independent country already and we call ourselves the Republic of China, Taiwan."

Asked whether she feared an invasion, she said: "The possibility of war is always there."

China's Taiwan Affairs Office responded on Thursday that Taiwan "has never been a country."
""", [("Tsai Ing-wen", "said"), ("Tsai Ing-wen", ""), ("Tsai Ing-wen", "said"), ("Taiwan Affairs Office", "responded")])

art("a", "a28", "Credits and datelines", "2020-09-01", """
By Maria Kowalczyk

WARSAW (Reuters) - Poland's health ministry reported a record daily number of coronavirus infections on Tuesday.

"We expected a rise after the holidays, but not this fast," Health Minister Adam Niedzielski told Polish radio.

Photo: Reuters/Kacper Pempel

Reporting by Maria Kowalczyk; editing by John Stonestreet
""", [("Adam Niedzielski", "told")])

art("a", "a29", "Prosecutors and defence give closing arguments", "2021-04-19", """
Closing arguments were heard on Monday in the trial of former police officer Derek Chauvin in Minneapolis.

"This wasn't policing. This was murder," prosecutor Steve Schleicher told the jury.

Defence lawyer Eric Nelson argued that a reasonable officer would have acted the same way. "You must consider the totality of the circumstances," Nelson said.

Judge Peter Cahill told jurors they must not be swayed by "public opinion."
""", [("Steve Schleicher", "told"), ("Eric Nelson", "said"), ("Peter Cahill", "told")])

art("a", "a30", "Mayor and protest leader respond to curfew", "2020-06-02", """
The mayor of Atlanta, Keisha Lance Bottoms, imposed a 9 p.m. curfew on Monday after a second night of unrest.

"If you care about this city, then go home," the mayor said at a news conference.

Protest organiser Jamal Carter said the curfew punished peaceful marchers. "We were told to go home," Carter said. "We were home when they killed George Floyd."

The mayor later said she understood the anger. "I am a mother of four black children," she said.
""", [("Keisha Lance Bottoms", "said"), ("Jamal Carter", "said"), ("Jamal Carter", ""), ("Keisha Lance Bottoms", "said")])
# ---------------------------------------------------------------- part B (held back)
art("b", "b01", "WHO warns of cholera spread", "2022-12-16", """
The World Health Organization said on Friday that cholera outbreaks had been reported in 29 countries this year, up from fewer than 20 in an average year.

Conflict, floods and drought have driven the rise, with Haiti, Malawi and Syria among the worst hit.

"The global risk is now very high," the organization said in an update.

Dr Philippe Barboza, who leads the WHO's cholera team, said vaccine stocks were "completely depleted."
""", [("World Health Organization", "said"), ("Philippe Barboza", "said")])

art("b", "b02", "Brother of detained journalist appeals for release", "2021-05-25", """
Belarusian authorities on Sunday forced a Ryanair flight to land in Minsk and detained the dissident journalist Roman Protasevich.

His brother, Dmitry Protasevich, spoke to reporters in Vilnius on Monday. "We do not know where he is or whether he is being beaten," the brother said.

Lithuanian Foreign Minister Gabrielius Landsbergis called the diversion "a state-sponsored hijacking."
""", [("Dmitry Protasevich", "said"), ("Gabrielius Landsbergis", "called")])

art("b", "b03", "Department of State press briefing", "2022-02-10", """
MR PRICE: Thank you. Let me begin with Russia. The Secretary said in Melbourne that "we are in a window when an invasion could begin at any time."

QUESTION: Ned, the Russian foreign ministry called your warnings "hysteria." Is that fair?

MR PRICE: Well, what we have said is "it's Moscow's choice." We would be delighted to be wrong.
""", [("Antony Blinken", "said"), ("Russian foreign ministry", "called"), ("Ned Price", "said")])

art("b", "b04", "Statement by President Biden on Afghanistan", "2021-08-26", """
The men and women of our military who were killed today were heroes who have been engaged in a dangerous, selfless mission to save the lives of others.

As I said this afternoon, "we will not forgive. We will not forget. We will hunt you down and make you pay."

Jill and I are praying for the families.

JOSEPH R. BIDEN JR.
""", [("Joe Biden", "said")])

art("b", "b05", "South African union leader and minister clash", "2022-08-24", """
Thousands of workers marched through Johannesburg and Cape Town on Wednesday in a national strike called by the Congress of South African Trade Unions.

"Workers cannot eat promises," Cosatu general secretary Bheki Ntshalintshali told marchers.

Employment Minister Thulas Nxesi said the government was "open to dialogue." The union leader responded that talks "have gone nowhere for a year."
""", [("Bheki Ntshalintshali", "told"), ("Thulas Nxesi", "said"), ("Bheki Ntshalintshali", "responded")])

art("b", "b06", "Footballer's agent speaks", "2022-07-01", """
Manchester City completed the signing of Norwegian striker Erling Haaland from Borussia Dortmund on Friday.

His agent, Rafaela Pimenta, told Sky News that the player had chosen City over several other clubs. "He wanted to play for his father's club," the agent said.

City manager Pep Guardiola said Haaland was "an incredible talent."
""", [("Rafaela Pimenta", "said"), ("Pep Guardiola", "said")])

art("b", "b07", "Interview: Wikinews speaks with Kenyan candidate", "2022-07-20", """
((Wikinews)) What is your main promise to voters in Nakuru?

Jane Wanjiku: Jobs for young people. My opponent keeps saying "the economy is recovering," but young people in Nakuru have not seen it.

((Wikinews)) Do you expect a peaceful election?

Jane Wanjiku: Yes. The electoral commission has told us it is "fully prepared," and I believe them.
""", [("opponent", "saying"), ("electoral commission", "told")])

art("b", "b08", "Israeli army says rocket fired from Gaza", "2021-05-11", """
The Israeli military said on Tuesday that militants had fired more than 200 rockets from Gaza since Monday evening.

"We are striking Hamas targets across the Gaza Strip," military spokesman Lt Col Jonathan Conricus told reporters. "This will go on for some time."

Hamas leader Ismail Haniyeh said in a televised speech that Israel "played with fire."

The Palestinian health ministry said 24 people, including nine children, had been killed in Gaza. "Most of the dead are civilians," the ministry said.
""", [("Jonathan Conricus", "told"), ("Jonathan Conricus", ""), ("Ismail Haniyeh", "said"), ("Palestinian health ministry", "said")])

art("b", "b09", "Chancellor and opposition trade words in Bundestag", "2022-03-23", """
German Chancellor Olaf Scholz defended his government's response to the war in Ukraine in the Bundestag on Wednesday.

"Germany will not become a party to this war," Scholz said. "But we will support Ukraine with everything that is responsible."

Opposition leader Friedrich Merz accused him of hesitating. "You announce a turning point and then nothing happens," Merz said.
""", [("Olaf Scholz", "said"), ("Olaf Scholz", ""), ("Friedrich Merz", "said")])

art("b", "b10", "Posted on social media", "2020-10-02", """
US President Donald Trump said early on Friday that he and First Lady Melania Trump had tested positive for the coronavirus.

"Tonight, @FLOTUS and I tested positive for COVID-19. We will begin our quarantine and recovery process immediately," Trump posted on Twitter.

Former vice president Joe Biden wrote that he and his wife were sending "our thoughts to President Trump and the First Lady."

According to White House chief of staff Mark Meadows, the president had "mild symptoms."
""", [("Donald Trump", "posted"), ("Joe Biden", "wrote"), ("Mark Meadows", "according to")])

art("b", "b11", "Prosecutor announces charges", "2021-10-29", """
Prosecutors in Paris charged a 25-year-old man on Thursday over a knife attack near a church in Nice.

"The suspect has admitted to the facts but refuses to explain his motives," anti-terrorism prosecutor Jean-François Ricard told a news conference.

Nice mayor Christian Estrosi said the city was "in mourning again."

The prosecutor said the suspect had arrived in France a month earlier. "We are examining all his contacts," he said.
""", [("Jean-François Ricard", "told"), ("Christian Estrosi", "said"), ("Jean-François Ricard", "said")])
if __name__ == "__main__":
    PROBES.build()
