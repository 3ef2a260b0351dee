"""The spk8 quote-speaker probe sets (round 15); `python3 build.py` writes a/ and b/ (see ../quote_probes.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from quote_probes import QuoteProbes  # noqa: E402

PROBES = QuoteProbes(Path(__file__).parent, "spk8", 15)
art = PROBES.art

# ---------------------------------------------------------------- part A
art("a", "a01", "Chile raises minimum wage after talks with unions", "2021-04-14", """
Chile's government agreed on Wednesday to raise the monthly minimum wage by eight percent after two weeks of talks with the country's largest union confederation.

"This is a fair agreement for working families," Labour Minister Patricio Melero said at a news conference in Santiago. "Nobody got everything they wanted, but everybody got something."

The head of the Central Unitaria de Trabajadores, Silvia Silva, said the increase "falls short of what the cost of living demands" but that the union would sign it.
""", [("Patricio Melero", "said"), ("Patricio Melero", ""), ("Silvia Silva", "said")])

art("a", "a02", "Kenyan police disperse protest over fuel prices", "2022-05-10", """
Police in Nairobi fired tear gas on Tuesday to break up a protest against rising fuel prices, witnesses said.

"They came at us without any warning," said Peter Otieno, a motorcycle taxi driver who joined the march. "We only wanted to be heard."

Police spokesman Bruno Shioso told reporters the protest had not been authorised. "Anyone who breaks the law will be dealt with firmly," he said.

According to the Kenya National Commission on Human Rights, at least twelve people were "injured, some of them seriously" during the clashes.
""", [("Peter Otieno", "said"), ("Peter Otieno", ""), ("Bruno Shioso", "said"), ("Kenya National Commission on Human Rights", "according to")])

art("a", "a03", "Finland's prime minister defends NATO decision", "2022-05-16", """
Finnish Prime Minister Sanna Marin on Monday defended her government's decision to apply for membership of NATO, telling parliament that the security situation in Europe had changed.

"Our security environment has fundamentally changed since February," Marin said. "The only country threatening European security, and openly waging a war of aggression, is Russia."

She added: "We must take this step to protect our people and our independence."

Opposition leader Petteri Orpo said his National Coalition Party would support the application. "This is a historic day for Finland," Orpo told lawmakers.
""", [("Sanna Marin", "said"), ("Sanna Marin", ""), ("Sanna Marin", "added"), ("Petteri Orpo", "told")])

art("a", "a04", "Brazilian president attacks Supreme Court justice on Twitter", "2021-08-20", """
Brazilian President Jair Bolsonaro on Friday renewed his attacks on Supreme Court Justice Alexandre de Moraes, who is overseeing an inquiry into the spread of false news.

"Everyone knows the limits of the Constitution. Those who do not respect them will answer for it," Bolsonaro wrote on Twitter.

Hours later, Senate President Rodrigo Pacheco tweeted: "Harmony between the powers is not optional. It is a duty."

The court did not respond directly, but a statement on its website said the justices would "not be intimidated by threats of any kind."
""", [("Jair Bolsonaro", "wrote"), ("Rodrigo Pacheco", "tweeted"), ("Supreme Court", "said")])

art("a", "a05", "China protests US warship transit of Taiwan Strait", "2021-10-15", """
China on Friday lodged a protest with the United States after an American destroyer sailed through the Taiwan Strait.

In a statement, the Chinese Foreign Ministry said the transit was "a deliberate provocation that seriously undermines peace and stability in the region." The ministry urged Washington to "stop playing with fire."

The People's Liberation Army's Eastern Theater Command said its forces had tracked the ship throughout. "We will resolutely defend national sovereignty," the statement read.

A spokesperson for the US Navy's Seventh Fleet said the transit was routine and "demonstrates the United States' commitment to a free and open Indo-Pacific."
""", [("Foreign Ministry", "said"), ("Foreign Ministry", "urged"), ("Eastern Theater Command", "read"), ("Seventh Fleet", "said")])

art("a", "a06", "German coalition leaders clash over energy plan", "2022-07-05", """
German Economy Minister Robert Habeck and Finance Minister Christian Lindner clashed on Tuesday over how to pay for relief from rising energy costs.

Habeck told a meeting of the Green party in Berlin that the state must not leave families alone with their bills. "We will not allow people to freeze this winter," he said.

Lindner, speaking in the Bundestag, rejected new debt. "The debt brake is in the constitution, and I intend to respect it," he said. "We cannot spend money we do not have."

Chancellor Olaf Scholz, asked about the dispute, said the coalition would find a common line. "There is no disagreement about the goal," he told reporters.
""", [("Robert Habeck", "said"), ("Christian Lindner", "said"), ("Christian Lindner", ""), ("Olaf Scholz", "told")])

art("a", "a07", "Two leaders named, then a pronoun", "2019-11-12", """
Bolivian interim President Jeanine Áñez met with opposition leader Carlos Mesa on Tuesday, a day after Evo Morales left for Mexico.

Mesa praised the meeting as a first step toward new elections. She said after the talks: "Bolivia will have free and fair elections as soon as possible."

Morales, speaking from Mexico City, accused his opponents of a coup. "They want to return to the past," he said. "I will come back with more strength."
""", [("Jeanine Áñez", "said"), ("Evo Morales", "said"), ("Evo Morales", "")])

art("a", "a08", "Colon after the verb", "2020-03-23", """
Indian Prime Minister Narendra Modi on Tuesday ordered a nationwide lockdown of 21 days to slow the spread of the coronavirus.

Modi said in a televised address:
"Every district, every lane, every village will be under lockdown. If you cannot handle these 21 days, the country will go back 21 years."

Health ministry official Lav Agarwal told a daily briefing: "Social distancing is the only way to break the chain of transmission."
""", [("Narendra Modi", "said"), ("Lav Agarwal", "told")])

art("a", "a09", "Protesters in Hong Kong mark anniversary", "2019-10-01", """
Tens of thousands of people marched through Hong Kong on Tuesday as China celebrated 70 years of Communist Party rule.

Marchers chanted "Five demands, not one less" and carried banners reading "Hong Kong is not China." Others held signs that read "Free Hong Kong."

A police statement said officers had faced "extremely violent" attacks and had fired live rounds. "An officer's life was under serious threat," the statement said.

Chief Executive Carrie Lam, who was in Beijing for the celebrations, said in a video message that Hong Kong must "return to peace and order."
""", [("marchers", "chanted"), ("marchers", "reading"), ("marchers", "read"), ("police", "said"), ("police", "said"), ("Carrie Lam", "said")])

art("a", "a10", "Spokesman for a ministry", "2020-01-08", """
Iran fired more than a dozen ballistic missiles at two bases in Iraq housing US troops early on Wednesday, in retaliation for the killing of General Qasem Soleimani.

"The fierce revenge of the Revolutionary Guards has begun," the Guards said in a statement carried by state television.

"We are assessing initial battle damage," said Jonathan Hoffman, a spokesman for the Pentagon. "The bases had been on high alert."

Iraqi Prime Minister Adel Abdul Mahdi said he had been told of the attack shortly before it began, according to his office.
""", [("Revolutionary Guards", "said"), ("Jonathan Hoffman", "said"), ("Jonathan Hoffman", "")])

art("a", "a11", "Speaker named after the quote", "2021-02-01", """
Myanmar's military seized power on Monday and detained State Counsellor Aung San Suu Kyi and other leaders of the governing party.

"The people should not accept this and should respond and wholeheartedly protest against the coup by the military." The message, posted on the party's Facebook page, was attributed to Aung San Suu Kyi.

"We are deeply concerned," the United Nations Secretary-General's spokesman, Stéphane Dujarric, said in New York. "This is a serious blow to democratic reforms."
""", [("Aung San Suu Kyi", "posted"), ("Stéphane Dujarric", "said"), ("Stéphane Dujarric", "")])

art("a", "a12", "Partial quotes inside the sentence", "2019-09-25", """
British Prime Minister Boris Johnson on Wednesday called the Supreme Court ruling against his suspension of Parliament "wrong" but said he would respect it.

Opposition leader Jeremy Corbyn described Johnson's conduct as "an abuse of power" and called on him to "do the honourable thing and resign."

Speaker John Bercow said the House of Commons would sit again "without delay", adding that members would have "full opportunities" to question ministers.
""", [("Boris Johnson", "called"), ("Jeremy Corbyn", "described"), ("Jeremy Corbyn", "called"), ("John Bercow", "said"), ("John Bercow", "adding")])

art("a", "a13", "Interview with a candidate", "2020-09-14", """
Wikinews spoke with independent candidate Maria Lopes, who is running for mayor of Porto, about housing and transport.

((Wikinews)) What is the main problem facing the city?

Maria Lopes: Housing. Young people cannot afford to live where they grew up. My opponent calls it "a natural market adjustment", but for families it is a crisis.

((Wikinews)) How would you pay for more public housing?

Maria Lopes: We would tax empty flats. I have said from the start that "a home is not an investment product", and I stand by it.
""", [("opponent", "calls"), ("Maria Lopes", "said")])

art("a", "a14", "Titles only", "2020-11-03", """
Austria's interior minister said on Tuesday that the gunman who killed four people in Vienna the night before was a supporter of the Islamic State group.

"We experienced an attack yesterday by at least one Islamist terrorist," the minister told a news conference. "The attacker was heavily armed and equipped with a fake explosive belt."

The chancellor called the attack "a repulsive terror attack" and said the country would "never be intimidated."

The city's police chief said officers had searched 18 homes overnight. "We are not ruling out that there were other attackers," he said.
""", [("interior minister", "told"), ("interior minister", ""), ("chancellor", "called"), ("chancellor", "said"), ("police chief", "said")])

art("a", "a15", "Joint press conference", "2021-06-16", """
US President Joe Biden and Russian President Vladimir Putin held separate news conferences after their first summit in Geneva on Wednesday.

Putin spoke first. "There was no hostility. On the contrary, our meeting took place in a constructive spirit," he told reporters.

Biden said he had told Putin that certain critical infrastructure should be "off limits" to cyberattacks. "I did what I came to do," Biden said.

Asked about the jailed opposition figure Alexei Navalny, Putin replied: "This man knew that he was breaking the law." Biden later said the consequences would be "devastating" for Russia if Navalny died in prison.
""", [("Vladimir Putin", "told"), ("Joe Biden", "said"), ("Joe Biden", "said"), ("Vladimir Putin", "replied"), ("Joe Biden", "said")])

art("a", "a16", "Quote continuing over paragraphs", "2022-02-24", """
Ukrainian President Volodymyr Zelenskyy declared martial law on Thursday after Russian forces attacked the country from the north, east and south.

"Russia has launched an insidious military attack on our state, as Nazi Germany did in World War II," Zelenskyy said in a video address.

"Today, each of you must remain calm. Stay home if possible. We are working, the army is working."

Foreign Minister Dmytro Kuleba wrote on Twitter that "Putin has just launched a full-scale invasion of Ukraine." He called it "a war of aggression" and urged the world to act.
""", [("Volodymyr Zelenskyy", "said"), ("Volodymyr Zelenskyy", ""), ("Dmytro Kuleba", "wrote"), ("Dmytro Kuleba", "called")])

art("a", "a17", "Company and regulator", "2019-03-13", """
The US Federal Aviation Administration said on Wednesday it would ground all Boeing 737 MAX aircraft after new satellite data linked Sunday's Ethiopian Airlines crash to a similar accident in Indonesia.

"The grounding will remain in effect pending further investigation," the FAA said in an emergency order.

Boeing said it continued to have "full confidence" in the safety of the aircraft but supported the decision. "We are supporting this proactive step out of an abundance of caution," the company said.

Ethiopian Airlines chief executive Tewolde GebreMariam told the Associated Press that the pilots had reported "flight control problems" shortly after take-off.
""", [("FAA", "said"), ("Boeing", "said"), ("Boeing", "said"), ("Tewolde GebreMariam", "told")])

art("a", "a18", "Court verdict", "2021-04-20", """
A jury in Minneapolis on Tuesday found former police officer Derek Chauvin guilty of murder and manslaughter in the death of George Floyd.

"Today, we are able to breathe again," Philonise Floyd, George Floyd's brother, told a news conference after the verdict.

Minnesota Attorney General Keith Ellison, whose office prosecuted the case, said the verdict was not justice but accountability. "I would not call today's verdict justice, however, because justice implies true restoration," Ellison said.

Defence lawyer Eric Nelson declined to comment.
""", [("Philonise Floyd", "told"), ("Keith Ellison", "said")])

art("a", "a19", "Document quoted", "2020-06-03", """
The Pentagon released a memo on Wednesday in which Defense Secretary Mark Esper told troops to stay out of domestic politics.

The memo reminded service members that they had sworn "to support and defend the Constitution," and said every one of them "is committed to protecting the American people's right to freedom of speech and to peaceful assembly."

Esper later told reporters at the Pentagon: "The option to use active-duty forces in a law enforcement role should only be used as a matter of last resort."
""", [("Mark Esper", "reminded"), ("Mark Esper", "said"), ("Mark Esper", "told")])

art("a", "a20", "Election night", "2019-10-21", """
Canadian Prime Minister Justin Trudeau's Liberal Party won the most seats in Monday's federal election but lost its majority in the House of Commons.

"You did not hand us a majority, but you gave us a clear mandate," Trudeau told supporters in Montreal.

Conservative leader Andrew Scheer said his party had put the Liberals "on notice." "When their government falls, Conservatives will be ready," Scheer said.

Bloc Québécois leader Yves-François Blanchet, whose party tripled its seats, said Quebec "has spoken loudly and clearly."
""", [("Justin Trudeau", "told"), ("Andrew Scheer", "said"), ("Andrew Scheer", "said"), ("Yves-François Blanchet", "said")])

art("a", "a21", "UN agency warns of famine", "2021-11-08", """
The World Food Programme warned on Monday that 45 million people in 43 countries were on the edge of famine.

"Tens of millions of people are staring into an abyss," WFP Executive Director David Beasley said. "We have conflict, climate change and COVID-19 driving up the numbers of the acutely hungry."

The agency said in a report that the cost of averting famine had risen to $7 billion, up from $6.6 billion in March. "Fuel costs are up, food prices are soaring," the report said.
""", [("David Beasley", "said"), ("David Beasley", ""), ("World Food Programme", "said")])

art("a", "a22", "Rights group report", "2022-03-03", """
Amnesty International said on Thursday that a Russian strike on a preschool in northeastern Ukraine may amount to a war crime.

"There is no possible justification for dropping cluster munitions in populated areas, let alone near a school," Agnès Callamard, Amnesty's Secretary General, said.

Human Rights Watch documented a separate attack in Kharkiv, which it called "indiscriminate." According to the group's researchers, the strike killed at least three civilians.

A Kremlin spokesman, Dmitry Peskov, rejected the accusations. "Russian forces do not strike civilian targets," he said.
""", [("Agnès Callamard", "said"), ("Human Rights Watch", "called"), ("Dmitry Peskov", "said")])

art("a", "a23", "Quote before the sentence naming the speaker's title and name", "2020-08-05", """
A huge explosion at the port of Beirut on Tuesday killed at least 100 people and injured thousands.

"What we are witnessing is a huge catastrophe," said the head of the Lebanese Red Cross, George Kettaneh. "There are victims and casualties everywhere."

Prime Minister Hassan Diab promised that those responsible would "pay the price." "I will not rest until we find who is responsible for what happened," he said in a televised speech.
""", [("George Kettaneh", "said"), ("George Kettaneh", ""), ("Hassan Diab", "promised"), ("Hassan Diab", "said")])

art("a", "a24", "Statement with no person", "2021-07-07", """
Haitian President Jovenel Moïse was assassinated at his home in Port-au-Prince early on Wednesday, the interim prime minister said.

"A group of unidentified individuals, some of whom spoke Spanish, attacked the private residence of the President of the Republic," read a statement from the office of interim Prime Minister Claude Joseph.

The statement called the killing "a hateful, inhumane and barbaric act." Joseph later appealed for calm. "Let us stay calm and let the institutions do their work," he said in an address to the nation.
""", [("office of Prime Minister Claude Joseph", "read"), ("office of Prime Minister Claude Joseph", "called"), ("Claude Joseph", "said")])

art("a", "a25", "Health official briefing", "2020-04-02", """
New York Governor Andrew Cuomo said on Thursday the state could run out of ventilators in six days.

"If a person comes in and needs a ventilator and you don't have a ventilator, the person dies," Cuomo said at his daily briefing in Albany.

Dr. Anthony Fauci, the top infectious disease official in the United States, told CNN that "there's no doubt" the country would see more deaths in the coming weeks. "We are struggling to get it under control," Fauci said.
""", [("Andrew Cuomo", "said"), ("Anthony Fauci", "told"), ("Anthony Fauci", "said")])

art("a", "a26", "Foreign ministry spokesperson", "2022-08-03", """
China announced live-fire military drills around Taiwan on Wednesday, a day after US House Speaker Nancy Pelosi visited the island.

Chinese Foreign Ministry spokeswoman Hua Chunying said the visit was "a serious violation of the one-China principle." "Those who play with fire will perish by it," she told a regular briefing in Beijing.

Pelosi, speaking in Taipei, said: "Today, the world faces a choice between democracy and autocracy."

Taiwan's President Tsai Ing-wen said the island "will not back down" in the face of military threats.
""", [("Hua Chunying", "said"), ("Hua Chunying", "told"), ("Nancy Pelosi", "said"), ("Tsai Ing-wen", "said")])

art("a", "a27", "Sports official and athlete", "2021-07-27", """
American gymnast Simone Biles withdrew from the women's team final at the Tokyo Olympics on Tuesday, citing her mental health.

"I have to focus on my mental health and not jeopardize my health and well-being," Biles told reporters after the event. "We have to protect our mind and our body, rather than just go out there and do what the world wants us to do."

USA Gymnastics said in a statement that it "wholeheartedly" supported her decision. "Her courage shows, yet again, why she is a role model for so many," it said.
""", [("Simone Biles", "told"), ("Simone Biles", ""), ("USA Gymnastics", "said"), ("USA Gymnastics", "said")])

art("a", "a28", "Two ministers meet", "2019-12-09", """
The leaders of Russia, Ukraine, France and Germany met in Paris on Monday for the first talks on the conflict in eastern Ukraine in three years.

French President Emmanuel Macron said the meeting had produced "real progress" on a ceasefire. Ukrainian President Volodymyr Zelensky was more cautious. "It is a very good result for a first meeting, but honestly it is very little," he said.

Russian President Vladimir Putin told a joint news conference that the sides had agreed to exchange prisoners. "The process of de-escalation is going in the right direction," Putin said.

German Chancellor Angela Merkel said the talks had "revived" the peace process.
""", [("Emmanuel Macron", "said"), ("Volodymyr Zelensky", "said"), ("Vladimir Putin", "said"), ("Angela Merkel", "said")])

art("a", "a29", "According to a spokesperson", "2020-10-27", """
Poland's constitutional court ruled last week that abortion in cases of severe fetal defects is unconstitutional, prompting protests in dozens of cities.

According to Marta Lempart, one of the organisers of the Women's Strike, the protests would continue "until the government backs down." "This is a war, and we did not start it," Lempart said.

Deputy Prime Minister Jarosław Kaczyński, the leader of the governing Law and Justice party, called on supporters to "defend the churches" in a video posted on Facebook.
""", [("Marta Lempart", "according to"), ("Marta Lempart", "said"), ("Jarosław Kaczyński", "called")])

art("a", "a30", "Nurses' strike", "2022-12-15", """
Tens of thousands of nurses in England walked out on Thursday in the first national strike in the history of the Royal College of Nursing.

"Nurses have had enough of being taken for granted," RCN general secretary Pat Cullen said outside St Thomas' Hospital in London. "We are doing this for our patients as much as for ourselves."

Health Secretary Steve Barclay said the union's demand for a pay rise of 19 percent was "unaffordable." The Department of Health said in a statement that patients should "use services wisely" during the strike.

Nurses on the picket line chanted "Pay us fairly" as passing drivers sounded their horns.
""", [("Pat Cullen", "said"), ("Pat Cullen", ""), ("Steve Barclay", "said"), ("Department of Health", "said"), ("nurses", "chanted")])

art("a", "a31", "He said with two men named before", "2020-02-29", """
The United States and the Taliban signed an agreement in Doha on Saturday that could lead to the withdrawal of all American troops from Afghanistan.

US envoy Zalmay Khalilzad signed the deal with Taliban deputy leader Mullah Abdul Ghani Baradar as Secretary of State Mike Pompeo looked on.

Pompeo urged the Taliban to keep their promises. "We will be watching closely the Taliban's compliance with their commitments," he said.

Baradar told the ceremony that the group was committed to the deal. "We want all Afghans to live in an Islamic system," he said.
""", [("Mike Pompeo", "said"), ("Abdul Ghani Baradar", "said")])

art("a", "a32", "Quotes from a signed letter", "2021-09-22", """
More than 200 medical journals published a joint editorial on Tuesday calling on world leaders to take urgent action on climate change.

The editorial warned that a global rise in temperatures of 1.5 degrees "risks catastrophic harm to health that will be impossible to reverse." It called for "fundamental changes to how our societies and economies are organised."

One of the authors, Fiona Godlee, the editor of the BMJ, said: "Health professionals have been on the frontline of the Covid-19 crisis, and they are united in warning that going above 1.5 degrees will risk further health emergencies."
""", [("editorial", "warned"), ("editorial", "called"), ("Fiona Godlee", "said")])

# ---------------------------------------------------------------- part B (held back)
art("b", "b01", "Sri Lanka president flees", "2022-07-13", """
Sri Lankan President Gotabaya Rajapaksa fled to the Maldives on Wednesday as protesters occupied the prime minister's office in Colombo.

"We will stay until he resigns," said Chamira Dedduwage, one of the protest leaders. "This is the people's palace now."

Prime Minister Ranil Wickremesinghe, appointed acting president, declared a state of emergency. "We cannot tear up our constitution," he said in a televised address. "We cannot allow fascists to take over."

Protesters waved flags and chanted "Go home, Gota" outside the building.
""", [("Chamira Dedduwage", "said"), ("Chamira Dedduwage", ""), ("Ranil Wickremesinghe", "said"), ("Ranil Wickremesinghe", ""), ("protesters", "chanted")])

art("b", "b02", "Israel coalition", "2021-06-13", """
Israel's parliament on Sunday approved a new coalition government led by Naftali Bennett, ending Benjamin Netanyahu's twelve years in power.

"We are at the end of a difficult period," Bennett told the Knesset before the vote.

Netanyahu, now leader of the opposition, vowed to return. "If it is destined for us to be in the opposition, we will do it with our backs straight until we topple this dangerous government," he said.

Yair Lapid, who will take over as prime minister in 2023, wrote on Twitter that the coalition would "work for all the citizens of Israel."
""", [("Naftali Bennett", "told"), ("Benjamin Netanyahu", "said"), ("Yair Lapid", "wrote")])

art("b", "b03", "Ethiopian government statement", "2020-11-04", """
Ethiopian Prime Minister Abiy Ahmed ordered a military offensive in the northern Tigray region on Wednesday, accusing the region's ruling party of attacking an army base.

"The last red line has been crossed," Abiy's office said in a statement. "The federal government is therefore forced into a military confrontation."

The Tigray People's Liberation Front denied the accusation. A spokesman for the party, Getachew Reda, said the claim was "a fabrication aimed at justifying a war."

UN Secretary-General António Guterres called for "an immediate de-escalation of tensions."
""", [("office of Abiy Ahmed", "said"), ("office of Abiy Ahmed", ""), ("Getachew Reda", "said"), ("António Guterres", "called")])

art("b", "b04", "Mexican president briefing", "2019-10-18", """
Mexican President Andrés Manuel López Obrador on Friday defended the decision to release a son of the drug lord Joaquín Guzmán after a gun battle in the city of Culiacán.

"You cannot fight fire with fire," López Obrador told his morning news conference. "We do not want deaths. We do not want war."

Security Minister Alfonso Durazo admitted that the operation had been "hasty" and poorly planned. He said: "We made a decision to protect the lives of people."
""", [("Andrés Manuel López Obrador", "told"), ("Andrés Manuel López Obrador", ""), ("Alfonso Durazo", "admitted"), ("Alfonso Durazo", "said")])

art("b", "b05", "Belarus election protests", "2020-08-10", """
Police in Minsk used stun grenades and rubber bullets on Monday night against protesters who said the presidential election had been rigged.

The main opposition candidate, Svetlana Tikhanovskaya, said she considered herself the winner. "The authorities should think about how to peacefully hand over power to us," she told reporters.

President Alexander Lukashenko dismissed the protests. "We will not allow the country to be torn apart," he said, according to the state news agency Belta.

The Interior Ministry said 3,000 people had been detained and called the protests "mass riots."
""", [("Svetlana Tikhanovskaya", "told"), ("Alexander Lukashenko", "said"), ("Interior Ministry", "called")])

art("b", "b06", "Volcano", "2021-09-20", """
Lava from the volcano on the Spanish island of La Palma destroyed about 100 homes on Monday, a day after the eruption began.

"The lava is advancing slowly but it is destroying everything in its path," the president of the Canary Islands, Ángel Víctor Torres, told Spanish radio.

Prime Minister Pedro Sánchez, who flew to the island, promised help. "Nobody will be left behind," Sánchez said. The volcanology institute Involcan said the eruption could last "weeks or even months."
""", [("Ángel Víctor Torres", "told"), ("Pedro Sánchez", "said"), ("Involcan", "said")])

art("b", "b07", "Sudan coup", "2021-10-25", """
Sudan's top general, Abdel Fattah al-Burhan, dissolved the transitional government on Monday and declared a state of emergency.

"The armed forces will continue the democratic transition until power is handed over to an elected civilian government," Burhan said in a televised speech.

The Information Ministry, still loyal to the detained prime minister, said on Facebook that the military had committed "a full coup." It urged people to "take to the streets."

US envoy Jeffrey Feltman said Washington was "deeply alarmed."
""", [("Abdel Fattah al-Burhan", "said"), ("Information Ministry", "said"), ("Information Ministry", "urged"), ("Jeffrey Feltman", "said")])

art("b", "b08", "Australian floods", "2022-03-01", """
Floodwaters swept through the northern New South Wales town of Lismore on Monday, forcing thousands of people onto their roofs.

"We have never seen anything like this. The water came up in a matter of hours," said Lismore Mayor Steve Krieg.

State Premier Dominic Perrottet told a press conference that the army would be deployed. "This is a one-in-500-year event," he said. Emergency Services Minister Steph Cooke urged residents to "follow the instructions of emergency services."
""", [("Steve Krieg", "said"), ("Dominic Perrottet", "said"), ("Steph Cooke", "urged")])

art("b", "b09", "Tunisian president freezes parliament", "2021-07-26", """
Tunisian President Kais Saied suspended parliament and dismissed the prime minister on Sunday, in a move his opponents called a coup.

"We have taken these decisions until social peace returns to Tunisia and until we save the state," Saied said in a statement broadcast on television.

Parliament Speaker Rached Ghannouchi, the leader of the Ennahda party, called it "a coup against the revolution and the constitution." He told Reuters: "We consider the institutions still standing."
""", [("Kais Saied", "said"), ("Rached Ghannouchi", "called"), ("Rached Ghannouchi", "told")])

art("b", "b10", "NATO summit", "2019-12-04", """
NATO leaders ended a summit near London on Wednesday with a statement of unity after two days of public disputes.

"NATO is the most successful alliance in history because we have always been able to unite around our core task," Secretary General Jens Stoltenberg told reporters.

French President Emmanuel Macron stood by his remark that the alliance was suffering from "brain death." US President Donald Trump called the comment "very nasty" and later cancelled his closing news conference.
""", [("Jens Stoltenberg", "told"), ("Emmanuel Macron", "remark"), ("Donald Trump", "called")])


if __name__ == "__main__":
    PROBES.build()
