import os
import sys

OUT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(OUT))
from article_probes import ev as _ev, write  # noqa: E402

ARTS = []
def art(part, slug, src, pub, title, text, events, quotes=(), notes=""):
    ARTS.append((part, slug, src, pub, title, text, events, quotes, notes))
def ev(i, s, t, root, codes, dates, loc, evid, opt=False, sym=False, also=None):
    """Hong Kong actors are keyed HKG with CHN accepted (gold/dev/README.md)."""
    e = _ev(i, s, t, root, codes, dates, loc, evid, opt, sym, also)
    extra = {k: ["CHN"] for k, key in (("source_also", s), ("target_also", t)) if key == "HKG"}
    return {**{k: v for k, v in e.items() if k in ("id", "source", "target", "symmetric", "root", "codes", "dates")}, **extra, **{k: v for k, v in e.items() if k not in ("id", "source", "target", "symmetric", "root", "codes", "dates")}}
WN = "Wikinews (English)"

art("a", "bolivia-tribunal-count", WN, "2019-10-24", "Bolivian opposition rejects vote count as Morales claims victory",
"""Bolivian President Evo Morales declared victory on Wednesday after the electoral tribunal said he had won Sunday's election by just over ten points, enough to avoid a run-off. His main rival, former president Carlos Mesa, accused the tribunal of rigging the count and called on his supporters to keep up their protests.

Demonstrators set fire to the offices of the electoral authority in two Bolivian cities on Monday night, and police fired tear gas to break up crowds outside counting centres. Morales said the opposition was preparing a coup against him.

The United States said it was deeply concerned by the sudden halt in the preliminary count. The State Department urged the tribunal to restore the integrity of the process and called for a second round if no candidate had a clear lead.

"We will not accept a stolen election," Mesa told reporters.""",
[ev("mesa-accuses","BOL","BOL","11",["110","112"],["2019-10-23","2019-10-24"],None,"accused the tribunal of rigging the count"),
 ev("offices-fire","BOL","BOL","14",["140","145"],["2019-10-21"],"BOL","Demonstrators set fire to the offices of the electoral authority",also=["18"]),
 ev("tear-gas","BOL","BOL","17",["170","175"],["2019-10-21"],"BOL","police fired tear gas to break up crowds",also=["18"]),
 ev("coup-claim","BOL","BOL","11",["110","112"],["2019-10-23","2019-10-24"],None,"Morales said the opposition was preparing a coup against him",opt=True),
 ev("us-urges","USA","BOL","02",["020","021"],["2019-10-23","2019-10-24"],None,"The State Department urged the tribunal to restore the integrity of the process",also=["10"])],
[{"speaker":"Carlos Mesa","text":"We will not accept a stolen election,","verb":"told"}])

art("a", "belarus-election-crackdown", WN, "2020-08-11", "Belarusian police crack down on protests after disputed vote",
"""Belarusian riot police detained more than 3,000 people on Sunday and Monday night as protests spread after President Alexander Lukashenko was declared the winner of the presidential election with 80 percent of the vote.

Police used stun grenades, rubber bullets and water cannon against crowds in the capital, the interior ministry said, and one protester died. The opposition candidate, Sviatlana Tsikhanouskaya, rejected the official result and said she had won the vote.

On Tuesday the ministry said Tsikhanouskaya had left the country for Lithuania. Lithuanian Foreign Minister Linas Linkevičius said she was safe.

Poland called for an emergency summit of European Union leaders, and Germany condemned the violence against peaceful demonstrators. Lukashenko accused foreign governments of organising the unrest.

"We will not allow the country to be torn apart," Lukashenko said.""",
[ev("detained","BLR","BLR","17",["170","173"],["2020-08-09","2020-08-10"],"BLR","riot police detained more than 3,000 people",also=["18"]),
 ev("stun-grenades","BLR","BLR","17",["170","175"],["2020-08-09","2020-08-10"],"BLR","Police used stun grenades, rubber bullets and water cannon against crowds",also=["18"]),
 ev("rejected","BLR","BLR","12",["120","125"],["2020-08-10","2020-08-11"],None,"rejected the official result",opt=True,also=["11"]),
 ev("poland-summit","POL","IGO:EU","10",["100"],["2020-08-10","2020-08-11"],None,"Poland called for an emergency summit of European Union leaders",opt=True,also=["02"]),
 ev("germany-condemns","DEU","BLR","11",["110","111"],["2020-08-10","2020-08-11"],None,"Germany condemned the violence against peaceful demonstrators"),
 ev("accused-foreign","BLR",None,"11",["110","112"],["2020-08-10","2020-08-11"],None,"Lukashenko accused foreign governments of organising the unrest",opt=True)],
[{"speaker":"Alexander Lukashenko","text":"We will not allow the country to be torn apart,","verb":"said"}])

art("a", "myanmar-coup", WN, "2021-02-02", "Myanmar army seizes power, detains Aung San Suu Kyi",
"""Myanmar's military seized power in a coup on Monday and detained State Counsellor Aung San Suu Kyi, President Win Myint and other leaders of the ruling National League for Democracy in early morning raids.

The army declared a one-year state of emergency and handed power to its commander-in-chief, Min Aung Hlaing. Soldiers blocked roads in the capital and the military cut phone and internet services for several hours.

The National League for Democracy urged people to oppose the coup. A party spokesman said Suu Kyi had been held at her residence.

US President Joe Biden threatened to reimpose sanctions on the country. China said it had noted what had happened and called on all sides to resolve their differences. The UN Security Council is due to meet on Tuesday.""",
[ev("coup-detain","MMR","MMR","17",["170","173"],["2021-02-01"],"MMR","detained State Counsellor Aung San Suu Kyi",also=["18"]),
 ev("seized-power","MMR","MMR","18",["180","181"],["2021-02-01"],"MMR","Myanmar's military seized power in a coup on Monday",opt=True,also=["17"]),
 ev("nld-urges","MMR","MMR","10",["100","102","104"],["2021-02-01","2021-02-02"],None,"urged people to oppose the coup",opt=True,also=["02","11"]),
 ev("biden-threat","USA","MMR","13",["130","131","138"],["2021-02-01","2021-02-02"],None,"threatened to reimpose sanctions on the country"),
 ev("china-calls","CHN","MMR","02",["020"],["2021-02-01","2021-02-02"],None,"called on all sides to resolve their differences",opt=True,also=["10"])])

art("a", "chile-constitution-protest", WN, "2019-11-19", "Chilean protesters and police clash as lawmakers agree on new constitution",
"""Chilean police fired tear gas and water cannon at thousands of protesters in the capital on Monday, a month after demonstrations over inequality began. The national human rights institute said officers had blinded more than 200 people with rubber pellets since October, and it accused the police of serious abuses.

Congress agreed last week to hold a referendum on a new constitution in April. Opposition lawmakers accused President Sebastián Piñera of ignoring the demands of the street, and the Communist Party said it would seek to impeach him.

The Senate voted on Monday to approve a bill allowing the army to guard public infrastructure. The government denied that it planned to deploy troops again.

Argentina's president-elect Alberto Fernández criticised the police, while the United Nations sent a team of human rights investigators to the country.""",
[ev("tear-gas","CHL","CHL","17",["170","175"],["2019-11-18"],"CHL","police fired tear gas and water cannon at thousands of protesters",also=["18"]),
 ev("protest","CHL","CHL","14",["140","141"],["2019-11-18"],"CHL","thousands of protesters in the capital on Monday",opt=True),
 ev("inst-accuses","CHL","CHL","11",["110","112"],["2019-11-18","2019-11-19"],None,"it accused the police of serious abuses"),
 ev("lawmakers-accuse","CHL","CHL","11",["110","112"],["2019-11-18","2019-11-19"],None,"Opposition lawmakers accused President Sebastián Piñera of ignoring the demands of the street"),
 ev("fernandez-criticises","ARG","CHL","11",["110","111"],["2019-11-18","2019-11-19"],None,"Alberto Fernández criticised the police"),
 ev("un-team","IGO:UN","CHL","04",["040","043"],["2019-11-18","2019-11-19"],None,"the United Nations sent a team of human rights investigators to the country",opt=True,also=["07","08"])])

art("a", "nigeria-endsars", WN, "2020-10-22", "Nigerian soldiers accused of firing on protesters",
"""Amnesty International said on Wednesday that Nigerian soldiers had shot dead at least 12 peaceful protesters at a toll gate in Lagos on Tuesday night. The army denied that its troops were at the scene and called the reports fake news.

The protesters had gathered for two weeks to demand the abolition of a police unit accused of torture and killings. President Muhammadu Buhari appealed for calm in a televised address on Thursday but did not mention the shooting. The police said they had arrested dozens of people for looting.

The opposition accused the government of using force to silence the young. The African Union commission chairman, Moussa Faki, condemned the violence and urged the authorities to respect human rights.

"The army must answer for what happened," an Amnesty spokeswoman said.""",
[ev("amnesty-accuses",None,"NGA","11",["110","112"],["2020-10-21"],None,"Nigerian soldiers had shot dead at least 12 peaceful protesters",opt=True),
 ev("shooting","NGA","NGA","18",["180","186"],["2020-10-20"],"NGA","Nigerian soldiers had shot dead at least 12 peaceful protesters",also=["17","19"]),
 ev("army-denies","NGA",None,"11",["110","112"],["2020-10-21","2020-10-22"],None,"The army denied that its troops were at the scene",opt=True,also=["01"]),
 ev("buhari-appeals","NGA","NGA","02",["020"],["2020-10-22"],None,"appealed for calm",opt=True),
 ev("police-arrest","NGA","NGA","17",["170","173"],["2020-10-21","2020-10-22"],"NGA","had arrested dozens of people for looting",also=["18"]),
 ev("opposition-accuses","NGA","NGA","11",["110","112"],["2020-10-21","2020-10-22"],None,"The opposition accused the government of using force to silence the young"),
 ev("au-condemns","IGO:AU","NGA","11",["110","111"],["2020-10-21","2020-10-22"],None,"Moussa Faki, condemned the violence"),
 ev("au-urges","IGO:AU","NGA","02",["020"],["2020-10-21","2020-10-22"],None,"urged the authorities to respect human rights",opt=True,also=["10"])])

art("a", "cuba-july-protests", WN, "2021-07-13", "Cubans protest over shortages; Díaz-Canel blames Washington",
"""Thousands of Cubans took to the streets on Sunday in the largest anti-government protests in decades, chanting "freedom" and complaining about food and medicine shortages.

Police arrested more than a hundred people, among them several journalists, according to human rights groups. President Miguel Díaz-Canel went on state television and accused the United States of stirring up the unrest through social media. He urged revolutionaries to defend the streets.

US President Joe Biden said Washington stood with the Cuban people and called on the government in Havana to refrain from violence. Mexico's foreign minister said his country would send food and medical supplies to the island.

On Monday the government restricted access to social media and messaging services. Díaz-Canel said the protesters were criminals paid from abroad.""",
[ev("protest","CUB","CUB","14",["140","141"],["2021-07-11"],"CUB","Thousands of Cubans took to the streets on Sunday in the largest anti-government protests"),
 ev("arrests","CUB","CUB","17",["170","173"],["2021-07-11","2021-07-12"],"CUB","Police arrested more than a hundred people",also=["18"]),
 ev("dc-accuses","CUB","USA","11",["110","112"],["2021-07-11","2021-07-12"],None,"accused the United States of stirring up the unrest"),
 ev("biden-calls","USA","CUB","10",["100","102"],["2021-07-12","2021-07-13"],None,"called on the government in Havana to refrain from violence",also=["02"]),
 ev("mexico-aid","MEX","CUB","07",["070","071","073"],["2021-07-12","2021-07-13"],None,"would send food and medical supplies to the island",opt=True,also=["05"]),
 ev("restrict","CUB","CUB","17",["170"],["2021-07-12"],"CUB","the government restricted access to social media",opt=True,also=["12"])])

art("a", "kazakh-unrest", WN, "2022-01-12", "Kazakh president says order restored after deadly unrest",
"""Kazakh President Kassym-Jomart Tokayev said on Tuesday that constitutional order had been restored after a week of unrest, and announced that troops of a Russian-led alliance would begin to leave the country in two days.

Tokayev had asked the Collective Security Treaty Organization for help last Wednesday, and Moscow sent paratroopers to guard government buildings. Security forces opened fire on rioters in the largest city, and the interior ministry said almost 10,000 people had been detained.

The president dismissed the government and accused his predecessor's allies of failing to prevent the violence. Former intelligence chief Karim Massimov was arrested on suspicion of treason.

Parliament approved Alikhan Smailov as prime minister on Tuesday. The European Union urged the authorities to respect the right to peaceful protest.""",
[ev("request-csto","KAZ","IGO:CSTO","02",["020","021","0234"],["2022-01-05"],None,"Tokayev had asked the Collective Security Treaty Organization for help",also=["10"]),
 ev("russia-troops","RUS","KAZ","07",["070","074"],["2022-01-05","2022-01-06","2022-01-07"],"KAZ","Moscow sent paratroopers to guard government buildings",opt=True,also=["04","15"]),
 ev("opened-fire","KAZ","KAZ","18",["180","186"],["2022-01-05","2022-01-06","2022-01-07","2022-01-08","2022-01-09"],"KAZ","Security forces opened fire on rioters",also=["17","19"]),
 ev("detained","KAZ","KAZ","17",["170","173"],["2022-01-11","2022-01-12"],"KAZ","almost 10,000 people had been detained",opt=True,also=["18"]),
 ev("massimov-arrest","KAZ","KAZ","17",["170","173"],["2022"],"KAZ","Karim Massimov was arrested on suspicion of treason",also=["18"]),
 ev("eu-urges","IGO:EU","KAZ","02",["020"],["2022-01-11","2022-01-12"],None,"urged the authorities to respect the right to peaceful protest",also=["10"])])

art("a", "ethiopia-tigray-offensive", WN, "2020-11-18", "Ethiopian army advances on Tigray capital",
"""Ethiopian Prime Minister Abiy Ahmed said on Tuesday that the final phase of a military operation against the Tigray People's Liberation Front would begin in the coming days, after federal troops captured several towns.

The army accused the front of firing rockets at airports in neighbouring Eritrea at the weekend. Tigrayan leader Debretsion Gebremichael confirmed that his forces had fired at Asmara and said Eritrean troops were fighting alongside the federal army, which Addis Ababa denied.

Refugees continued to cross into Sudan, where the UN refugee agency said more than 27,000 people had arrived. The agency urged both sides to allow aid into the region.

Abiy rejected calls for talks with the front. "This is a law enforcement operation, not a war," he said.""",
[ev("captured","ETH","ETH","19",["190"],["2020-11"],"ETH","federal troops captured several towns",also=["18"]),
 ev("army-accuses","ETH","ETH","11",["110","112"],["2020-11-17","2020-11-18"],None,"The army accused the front of firing rockets",opt=True),
 ev("rockets-eritrea","ETH","ERI","19",["190","195"],["2020-11-14","2020-11-15"],"ERI","his forces had fired at Asmara",also=["18"]),
 ev("unhcr-urges","IGO:UNHCR","ETH","02",["020"],["2020-11-17","2020-11-18"],None,"The agency urged both sides to allow aid into the region",opt=True,also=["10"]),
 ev("abiy-rejects","ETH","ETH","12",["120","125"],["2020-11-17","2020-11-18"],None,"Abiy rejected calls for talks with the front",opt=True)],
[{"speaker":"Abiy Ahmed","text":"This is a law enforcement operation, not a war,","verb":"said"}])

art("a", "hongkong-security-law", WN, "2020-06-05", "Hong Kong police ban Tiananmen vigil",
"""Hong Kong police banned the annual Tiananmen vigil for the first time in three decades, citing the coronavirus, but thousands of people defied the ban on Thursday evening and lit candles in Victoria Park.

Officers arrested several pro-democracy activists after the gathering. Joshua Wong said the authorities were using the virus as an excuse to silence dissent.

Beijing's top legislature last week approved plans for a national security law for the city. The British government said it would offer a path to citizenship to millions of Hong Kong residents if China went ahead, and Foreign Secretary Dominic Raab urged Beijing to step back. A foreign ministry spokesman in Beijing accused London of interfering in China's internal affairs.

Chief Executive Carrie Lam said the law would target only a tiny minority.""",
[ev("ban","HKG","HKG","17",["170"],["2020-06"],"HKG","Hong Kong police banned the annual Tiananmen vigil",opt=True,also=["12"]),
 ev("defied","HKG","HKG","14",["140","141"],["2020-06-04"],"HKG","thousands of people defied the ban on Thursday evening and lit candles in Victoria Park"),
 ev("arrests","HKG","HKG","17",["170","173"],["2020-06-04","2020-06-05"],"HKG","Officers arrested several pro-democracy activists",also=["18"]),
 ev("raab-urges","GBR","CHN","02",["020"],["2020-06"],None,"Dominic Raab urged Beijing to step back",also=["10"]),
 ev("china-accuses","CHN","GBR","11",["110","112"],["2020-06"],None,"accused London of interfering in China's internal affairs")],
[],"Hong Kong actors are keyed HKG with CHN accepted (gold/dev/README.md); Beijing's ministry is CHN.")

art("a", "lebanon-blast-protest", WN, "2020-08-09", "Lebanese protesters storm ministries after Beirut blast",
"""Lebanese protesters stormed the foreign ministry and other government buildings on Saturday, as thousands marched to demand that the country's leaders resign over the huge explosion at the port that killed more than 150 people on Tuesday.

Security forces fired tear gas and rubber bullets at stone-throwing demonstrators near parliament, and a police officer was killed, the army said. Prime Minister Hassan Diab said he would propose early elections.

French President Emmanuel Macron, who visited the devastated port on Thursday, hosted a donors' conference by video on Sunday. Donors pledged almost 300 million dollars in emergency aid, but said it would go directly to the Lebanese people rather than to the government.

Information Minister Manal Abdel Samad resigned on Sunday, saying the government had failed the people.""",
[ev("storm","LBN","LBN","14",["140","144","145"],["2020-08-08"],"LBN","Lebanese protesters stormed the foreign ministry and other government buildings on Saturday",also=["18"]),
 ev("tear-gas","LBN","LBN","17",["170","175"],["2020-08-08"],"LBN","Security forces fired tear gas and rubber bullets at stone-throwing demonstrators",also=["18"]),
 ev("macron-visit","FRA","LBN","04",["040","042"],["2020-08-06"],"LBN","Macron, who visited the devastated port on Thursday"),
 ev("pledge-aid",None,"LBN","05",["050","057"],["2020-08-09"],None,"Donors pledged almost 300 million dollars in emergency aid",opt=True,also=["07"])])

art("a", "peru-castillo-arrest", WN, "2022-12-08", "Peru's Congress removes Castillo after he tries to dissolve it",
"""Peruvian lawmakers voted on Wednesday to remove President Pedro Castillo from office, hours after he announced that he would dissolve Congress and rule by decree.

Police arrested Castillo as he travelled through the capital, and prosecutors accused him of rebellion. Vice President Dina Boluarte was sworn in as the country's first female president. The armed forces said they would not back Castillo's move.

Mexico's President Andrés Manuel López Obrador said Castillo had been on his way to the Mexican embassy to seek asylum, and criticised his arrest. The United States welcomed the Congress vote and urged Peruvians to remain calm.

Supporters of Castillo clashed with police outside the prison on Wednesday night.""",
[ev("removal","PER","PER","17",["170"],["2022-12-07"],"PER","lawmakers voted on Wednesday to remove President Pedro Castillo from office",opt=True,also=["11","12"]),
 ev("arrest","PER","PER","17",["170","173"],["2022-12-07"],"PER","Police arrested Castillo",also=["18"]),
 ev("rebellion","PER","PER","11",["110","112","115"],["2022-12-07","2022-12-08"],None,"prosecutors accused him of rebellion"),
 ev("amlo-criticises","MEX","PER","11",["110","111"],["2022-12-07","2022-12-08"],None,"criticised his arrest"),
 ev("us-welcome","USA","PER","05",["050","051"],["2022-12-07","2022-12-08"],None,"The United States welcomed the Congress vote",opt=True),
 ev("us-urges","USA","PER","02",["020"],["2022-12-07","2022-12-08"],None,"urged Peruvians to remain calm",opt=True),
 ev("clash","PER","PER","14",["140","145"],["2022-12-07"],"PER","Supporters of Castillo clashed with police outside the prison",opt=True,also=["17","18"])])

art("a", "thailand-youth-protest", WN, "2020-10-16", "Thai government bans gatherings as protests grow",
"""The Thai government declared a state of emergency in the capital on Thursday, banning gatherings of more than five people, after protesters surrounded a royal motorcade.

Police arrested at least 20 people, among them student leaders Parit Chiwarak and human rights lawyer Anon Nampa. Thousands of demonstrators defied the ban on Thursday evening and called on Prime Minister Prayut Chan-o-cha to resign.

Prayut said he would not step down. A government spokesman accused the protesters of threatening the queen.

The United Nations human rights office urged the authorities to release those detained. Australia said it was following the situation closely.""",
[ev("ban","THA","THA","17",["170"],["2020-10-15"],"THA","banning gatherings of more than five people",opt=True,also=["12"]),
 ev("arrests","THA","THA","17",["170","173"],["2020-10-15","2020-10-16"],"THA","Police arrested at least 20 people",also=["18"]),
 ev("protest","THA","THA","14",["140","141"],["2020-10-15"],"THA","Thousands of demonstrators defied the ban on Thursday evening"),
 ev("demand-resign","THA","THA","10",["100","1041"],["2020-10-15"],None,"called on Prime Minister Prayut Chan-o-cha to resign",also=["02","14"]),
 ev("accuses","THA","THA","11",["110","112"],["2020-10-15","2020-10-16"],None,"accused the protesters of threatening the queen",opt=True),
 ev("ohchr-urges","IGO:UN","THA","10",["100","1053"],["2020-10-15","2020-10-16"],None,"urged the authorities to release those detained",also=["02"])])

# ---- part B (held back: totals only) ----
art("b", "sri-lanka-rajapaksa-flees", WN, "2022-07-13", "Sri Lankan president flees to the Maldives",
"""Sri Lankan President Gotabaya Rajapaksa fled to the Maldives on a military plane early on Wednesday, hours before he was due to resign, after protesters stormed his official residence at the weekend.

Prime Minister Ranil Wickremesinghe declared a state of emergency and ordered the army to restore order. Police fired tear gas at thousands of demonstrators who tried to enter his office. The protesters accused the prime minister of protecting the Rajapaksa family.

The speaker of parliament said lawmakers would elect a new president next week. India denied that it had helped Rajapaksa leave the country.""",
[ev("stormed","LKA","LKA","14",["140","144","145"],["2022-07-09","2022-07-10"],"LKA","protesters stormed his official residence at the weekend",also=["18"]),
 ev("tear-gas","LKA","LKA","17",["170","175"],["2022-07-13"],"LKA","Police fired tear gas at thousands of demonstrators",also=["18"]),
 ev("accuse","LKA","LKA","11",["110","112"],["2022-07-13"],None,"The protesters accused the prime minister of protecting the Rajapaksa family"),
 ev("flee","LKA","MDV","02",["020"],["2022-07-13"],None,"fled to the Maldives",opt=True)])

art("b", "venezuela-guaido-standoff", WN, "2019-05-01", "Venezuelan troops clash with Guaidó supporters",
"""Venezuelan opposition leader Juan Guaidó called on the armed forces on Tuesday to rise up against President Nicolás Maduro, appearing with a group of soldiers outside an air base in the capital.

National Guard troops fired tear gas and rubber bullets at his supporters, and an armoured vehicle drove into a crowd of protesters. Maduro accused Guaidó of attempting a coup and said the army remained loyal.

US Secretary of State Mike Pompeo said Maduro had been ready to leave for Cuba until Russia talked him out of it. Moscow rejected the claim. The Lima Group of Latin American countries urged the military to back the opposition leader.""",
[ev("guaido-calls","VEN","VEN","10",["100"],["2019-04-30"],None,"called on the armed forces on Tuesday to rise up against President Nicolás Maduro",also=["02"]),
 ev("tear-gas","VEN","VEN","17",["170","175"],["2019-04-30"],"VEN","National Guard troops fired tear gas and rubber bullets at his supporters",also=["18"]),
 ev("maduro-accuses","VEN","VEN","11",["110","112"],["2019-04-30","2019-05-01"],None,"Maduro accused Guaidó of attempting a coup"),
 ev("russia-rejects","RUS","USA","12",["120","125"],["2019-04-30","2019-05-01"],None,"Moscow rejected the claim",opt=True,also=["11"])])

art("b", "zimbabwe-journalist-jailed", WN, "2020-07-23", "Zimbabwean journalist arrested ahead of planned protest",
"""Zimbabwean police arrested the investigative journalist Hopewell Chin'ono and opposition politician Jacob Ngarivhume on Monday, accusing them of inciting public violence ahead of anti-corruption protests planned for the end of the month.

A magistrate denied both men bail on Thursday. Their lawyer said the charges were politically motivated. The ruling ZANU-PF party accused the opposition of plotting to overthrow President Emmerson Mnangagwa.

The United States embassy said it was concerned by the arrests and urged the government to respect press freedom. The South African government said it would not comment.""",
[ev("arrest","ZWE","ZWE","17",["170","173"],["2020-07-20"],"ZWE","police arrested the investigative journalist Hopewell Chin'ono",also=["18"]),
 ev("bail-denied","ZWE","ZWE","17",["170"],["2020-07-23"],"ZWE","A magistrate denied both men bail on Thursday",opt=True,also=["12"]),
 ev("zanu-accuses","ZWE","ZWE","11",["110","112"],["2020-07-20","2020-07-21","2020-07-22","2020-07-23"],None,"accused the opposition of plotting to overthrow President Emmerson Mnangagwa"),
 ev("us-urges","USA","ZWE","02",["020"],["2020-07-20","2020-07-21","2020-07-22","2020-07-23"],None,"urged the government to respect press freedom",also=["10"])])

art("b", "georgia-opposition-raid", WN, "2021-02-24", "Georgian police storm opposition headquarters",
"""Georgian riot police stormed the headquarters of the main opposition party in the capital on Tuesday and detained its leader Nika Melia, days after Prime Minister Giorgi Gakharia resigned over the plan to arrest him.

Officers used tear gas inside the building, and about 20 people were detained. The opposition called the raid political revenge and said it would hold mass rallies.

The European Union and the United States criticised the arrest. The US embassy urged the government to release Melia and lower tensions.""",
[ev("raid","GEO","GEO","17",["170","173"],["2021-02-23"],"GEO","riot police stormed the headquarters of the main opposition party",also=["18"]),
 ev("opp-accuses","GEO","GEO","11",["110","111","112"],["2021-02-23","2021-02-24"],None,"The opposition called the raid political revenge",opt=True),
 ev("west-criticises","IGO:EU","GEO","11",["110","111"],["2021-02-23","2021-02-24"],None,"The European Union and the United States criticised the arrest"),
 ev("us-criticises","USA","GEO","11",["110","111"],["2021-02-23","2021-02-24"],None,"The European Union and the United States criticised the arrest"),
 ev("us-urges","USA","GEO","10",["100","1053"],["2021-02-23","2021-02-24"],None,"urged the government to release Melia",also=["02"])])

write(OUT, ARTS, "probe16-home16", "written for this probe by helper home16 (own words)",
      "Probe article written blind (gold before the coder ran), session 16. Dates resolved against the publication date. ")
