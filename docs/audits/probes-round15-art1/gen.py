import os
import sys

OUT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(OUT))
from article_probes import ev, write  # noqa: E402

ARTS = []
def art(part, slug, src, pub, title, text, events, quotes=(), notes=""):
    ARTS.append((part, slug, src, pub, title, text, events, quotes, notes))
WN, SD, WH = "Wikinews (English)", "U.S. Department of State", "The White House"

art("a", "kharkiv-shelling", WN, "2022-03-02", "Russian shelling kills six in Kharkiv",
"""KYIV, Ukraine — Russian forces shelled the eastern Ukrainian city of Kharkiv on Tuesday, killing at least six civilians, regional governor Oleh Synehubov said. The strikes hit a residential district and the main administrative building in the city centre. Synehubov said rescue teams were still searching the rubble, and that Ukrainian troops had repelled an attempt by Russian units to enter the city on Sunday.

Ukrainian President Volodymyr Zelenskyy called the attack "a war crime" and demanded that the International Criminal Court investigate. "Nobody will forgive this," he said in a video address.

Ukraine's foreign ministry summoned diplomats from several countries to brief them on the shelling. The ministry also urged NATO to close the skies over the country.

Moscow denied targeting civilians. Kremlin spokesman Dmitry Peskov said the army was striking only military infrastructure.

Ukrainian and Russian delegations met in Belarus on Monday for a first round of talks, but the two sides failed to agree on a ceasefire. They plan to meet again later this week.""",
[ev("shelling","RUS","UKR","19",["190","194","195"],["2022-03-01"],"UKR","Russian forces shelled the eastern Ukrainian city of Kharkiv on Tuesday",also=["18"]),
 ev("zelenskyy-war-crime","UKR","RUS","11",["110","111","112"],["2022-03-01","2022-03-02"],None,"called the attack \"a war crime\""),
 ev("demand-icc","UKR",None,"10",["100"],["2022-03-01","2022-03-02"],None,"demanded that the International Criminal Court investigate",opt=True,also=["02"]),
 ev("ministry-summons","UKR",None,"04",["040"],["2022-03-01","2022-03-02"],None,"Ukraine's foreign ministry summoned diplomats from several countries",opt=True),
 ev("ministry-urges-nato","UKR","IGO:NATO","02",["020","021"],["2022-03-01","2022-03-02"],None,"The ministry also urged NATO to close the skies over the country",also=["10"]),
 ev("repelled","UKR","RUS","19",["190"],["2022-02-27"],"UKR","Ukrainian troops had repelled an attempt by Russian units to enter the city on Sunday"),
 ev("delegations-met","UKR","RUS","04",["040","043","046"],["2022-02-28"],"BLR","Ukrainian and Russian delegations met in Belarus on Monday",sym=True)],
[{"speaker":"Volodymyr Zelenskyy","text":"Nobody will forgive this,","verb":"said"},
 {"speaker":"Volodymyr Zelenskyy","text":"a war crime","verb":"called","partial":True}])

art("a", "catalan-verdict-protests", WN, "2019-10-15", "Protests in Barcelona after Catalan leaders jailed",
"""Thousands of protesters blocked roads and occupied the terminal of Barcelona's El Prat airport on Monday after Spain's Supreme Court sentenced nine Catalan separatist leaders to prison terms of up to 13 years for sedition.

Police fired foam bullets and used batons to clear the airport, and dozens of people were injured, according to emergency services. More than 100 flights were cancelled. Spain's interior ministry said 37 people had been arrested across Catalonia by Tuesday morning, and the ministry sent additional riot police units to the region.

The court convicted former Catalan vice-president Oriol Junqueras and eight others over their role in the 2017 independence referendum, which Madrid had declared illegal. Junqueras received the longest sentence.

Catalan regional president Quim Torra condemned the ruling and called for the release of the prisoners. "This is an attack on democracy," Torra told reporters.

Acting Prime Minister Pedro Sánchez said the government respected the verdict and urged calm. He said the sentences would be served in full.""",
[ev("airport-protest","ESP","ESP","14",["140","141","144","1441"],["2019-10-14"],"ESP","Thousands of protesters blocked roads and occupied the terminal of Barcelona's El Prat airport on Monday"),
 ev("court-sentences","ESP","ESP","11",["110","116"],["2019-10-14"],"ESP","Spain's Supreme Court sentenced nine Catalan separatist leaders to prison terms",also=["17"]),
 ev("police-clear-airport","ESP","ESP","17",["170","175"],["2019-10-14"],"ESP","Police fired foam bullets and used batons to clear the airport",also=["18","19"]),
 ev("torra-condemns","ESP","ESP","11",["111"],["2019-10-14","2019-10-15"],None,"Quim Torra condemned the ruling"),
 ev("torra-demands-release","ESP","ESP","10",["100","1053"],["2019-10-14","2019-10-15"],None,"called for the release of the prisoners",also=["02"]),
 ev("sanchez-urges-calm","ESP","ESP","02",["020"],["2019-10-14","2019-10-15"],None,"urged calm",opt=True)],
[{"speaker":"Quim Torra","text":"This is an attack on democracy,","verb":"told"}])

art("a", "blinken-jaishankar-call", SD, "2021-06-10", "Secretary Blinken's Call with Indian External Affairs Minister Jaishankar",
"""The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke today with Indian External Affairs Minister Subrahmanyam Jaishankar. The Secretary expressed condolences for the lives lost to COVID-19 in India and highlighted the more than $500 million in relief supplies the United States has delivered to the country since April. The Minister thanked the Secretary for the assistance. The Secretary told him that India would also receive part of the 25 million vaccine doses Washington pledged to share with partners in Asia and Latin America last week.

The two discussed the situation in Afghanistan and agreed to coordinate closely on regional security. The Secretary also raised concerns about the military coup in Burma and urged New Delhi to press the regime to release those unjustly detained. Secretary Blinken and Minister Jaishankar reaffirmed their commitment to the Quad and to a free and open Indo-Pacific.""",
[ev("call","USA","IND","04",["040","041"],["2021-06-10"],None,"Secretary of State Antony J. Blinken spoke today with Indian External Affairs Minister Subrahmanyam Jaishankar"),
 ev("relief","USA","IND","07",["070","073"],["2021"],None,"the more than $500 million in relief supplies the United States has delivered to the country since April"),
 ev("minister-thanks","IND","USA","05",["050","051"],["2021-06-10"],None,"The Minister thanked the Secretary for the assistance"),
 ev("coordinate","USA","IND","03",["030","036"],["2021-06-10"],None,"agreed to coordinate closely on regional security",sym=True),
 ev("concern-burma","USA","MMR","11",["110","111"],["2021-06-10"],None,"raised concerns about the military coup in Burma"),
 ev("urge-new-delhi","USA","IND","02",["020","023"],["2021-06-10"],None,"urged New Delhi to press the regime to release those unjustly detained",also=["10"]),
 ev("release-demand","USA","MMR","10",["100","1053"],["2021-06-10"],None,"to press the regime to release those unjustly detained",opt=True,also=["02"]),
 ev("detained","MMR","MMR","17",["173"],["2021"],"MMR","those unjustly detained",opt=True)])

art("a", "biden-nicaragua-vote", WH, "2021-11-08", "Statement by President Biden on the Elections in Nicaragua",
"""Sunday's vote in Nicaragua was a sham. In the months before it, the government of Daniel Ortega arrested seven would-be presidential candidates, shut down independent newspapers and stripped the main opposition party of its legal status. Nicaraguans were denied any real choice. On Monday, Vice President Rosario Murillo, Ortega's wife, branded the jailed candidates traitors and terrorists.

The United States rejects the result. Together with our partners in the Organization of American States, we will review Nicaragua's participation in regional trade arrangements and consider further sanctions against officials of the regime. I call on Managua to free the political prisoners at once.

The people of Nicaragua deserve a government that answers to them. We will continue to stand with them.""",
[ev("sham","USA","NIC","11",["110","111","112"],["2021-11-08"],None,"Sunday's vote in Nicaragua was a sham"),
 ev("rejects-result","USA","NIC","12",["120","125"],["2021-11-08"],None,"The United States rejects the result",opt=True,also=["11"]),
 ev("arrests","NIC","NIC","17",["170","173","172"],["2021"],"NIC","the government of Daniel Ortega arrested seven would-be presidential candidates"),
 ev("murillo-brands","NIC","NIC","11",["110","112"],["2021-11-08"],None,"Vice President Rosario Murillo, Ortega's wife, branded the jailed candidates traitors and terrorists"),
 ev("sanctions","USA","NIC","16",["160","163"],["2021-11-08"],None,"consider further sanctions against officials of the regime",opt=True,also=["13"]),
 ev("free-prisoners","USA","NIC","10",["100","1053"],["2021-11-08"],None,"I call on Managua to free the political prisoners at once",also=["02"]),
 ev("oas-partners","USA","IGO:OAS","03",["030"],["2021-11-08"],None,"Together with our partners in the Organization of American States",opt=True),
 ev("stand-with","USA","NIC","05",["050"],["2021-11-08"],None,"We will continue to stand with them",opt=True,also=["03"])])

art("a", "bolivia-vote-count", WN, "2019-10-22", "Protests in Bolivia over disputed vote count",
"""Protesters set fire to electoral offices in two Bolivian cities on Monday after a sudden change in the vote count gave President Evo Morales a likely first-round victory in Sunday's election.

The count had been halted on Sunday evening with Morales short of the ten-point lead he needed to avoid a runoff against former president Carlos Mesa. When updates resumed almost a day later, the president's lead had widened.

Mesa accused the electoral tribunal of fraud and told supporters he would not accept the result. "We will defend the vote in the streets," he said.

The Organization of American States, which sent observers, said it was deeply concerned by the unexplained change. The United States urged the tribunal to restore the integrity of the count.

Morales denied any wrongdoing and accused the opposition of trying to stage a coup. He said his government would invite foreign auditors to check the results.""",
[ev("offices-burned","BOL","BOL","14",["140","145"],["2019-10-21"],"BOL","Protesters set fire to electoral offices in two Bolivian cities on Monday",also=["17","18"]),
 ev("mesa-accuses","BOL","BOL","11",["110","112"],["2019-10-21","2019-10-22"],None,"Mesa accused the electoral tribunal of fraud"),
 ev("mesa-rejects","BOL","BOL","12",["120"],["2019-10-21","2019-10-22"],None,"he would not accept the result",opt=True),
 ev("oas-concern","IGO:OAS","BOL","11",["110","111"],["2019-10-21","2019-10-22"],None,"said it was deeply concerned by the unexplained change"),
 ev("oas-observers","IGO:OAS","BOL","04",["040"],["2019-10-20"],"BOL","which sent observers",opt=True),
 ev("us-urges","USA","BOL","02",["020"],["2019-10-21","2019-10-22"],None,"The United States urged the tribunal to restore the integrity of the count",also=["10"]),
 ev("morales-auditors","BOL",None,"02",["020"],["2019-10-21","2019-10-22"],None,"his government would invite foreign auditors",opt=True,also=["03"])],
[{"speaker":"Carlos Mesa","text":"We will defend the vote in the streets,","verb":"said"}])

art("a", "mogadishu-hotel-attack", SD, "2020-08-17", "Attack on the Elite Hotel in Mogadishu",
"""The United States condemns in the strongest terms Sunday's attack on the Elite Hotel in Mogadishu, for which al-Shabaab has claimed responsibility. The assault, which lasted several hours, killed at least 16 people, including a Somali soldier and a former government official, and wounded dozens more. The group, which is linked to al-Qaeda, often attacks hotels and government buildings in the capital. In January, its fighters raided a base used by Kenyan and U.S. forces at Manda Bay in Kenya.

Somali security forces ended the siege on Sunday night, killing the gunmen. We commend their swift response.

We extend our deepest condolences to the families of the victims. The United States remains a steadfast partner of the Federal Government of Somalia and its people in their fight against terrorism, and we will continue to support the African Union Mission in Somalia (AMISOM) and the Somali National Army as they work to bring security to the country.""",
[ev("us-condemns","USA",None,"11",["110","111"],["2020-08-17"],None,"The United States condemns in the strongest terms Sunday's attack"),
 ev("hotel-attack","SOM","SOM","18",["180","183","186"],["2020-08-16"],"SOM","Sunday's attack on the Elite Hotel in Mogadishu",also=["19","20"]),
 ev("forces-kill-gunmen","SOM","SOM","19",["190","193"],["2020-08-16"],"SOM","Somali security forces ended the siege on Sunday night, killing the gunmen",also=["18","17"]),
 ev("manda-bay","SOM","KEN","19",["190"],["2020-01"],"KEN","its fighters raided a base used by Kenyan and U.S. forces at Manda Bay in Kenya",opt=True,also=["18"]),
 ev("us-commends","USA","SOM","05",["050","051"],["2020-08-17"],None,"We commend their swift response"),
 ev("steadfast-partner","USA","SOM","03",["030"],["2020-08-17"],None,"The United States remains a steadfast partner of the Federal Government of Somalia",opt=True,also=["05","07"]),
 ev("support-amisom","USA","IGO:AU","07",["070"],["2020-08-17"],None,"we will continue to support the African Union Mission in Somalia",opt=True,also=["03"])])

art("a", "china-australia-beef", WN, "2020-05-13", "China suspends beef imports from four Australian plants",
"""China suspended beef imports from four of Australia's largest meat processors on Tuesday, a week after Canberra repeated its call for an independent inquiry into the origins of the coronavirus pandemic.

Beijing said the plants had breached labelling and health certificate rules. Australian Trade Minister Simon Birmingham said the decision appeared to rest on highly technical issues and that his government would work with Chinese authorities to resolve them. He rejected suggestions that the move was retaliation.

China's ambassador in Canberra, Cheng Jingye, warned last month that Chinese consumers might boycott Australian wine and beef if the government pushed ahead with the inquiry. Prime Minister Scott Morrison dismissed the remarks as economic coercion.

Beijing has also threatened to impose tariffs of up to 80 percent on Australian barley. The two countries have been at odds since 2018, when Australia banned the Chinese telecoms firm Huawei from its 5G network.""",
[ev("beef-suspension","CHN","AUS","16",["160","163"],["2020-05-12"],None,"China suspended beef imports from four of Australia's largest meat processors on Tuesday"),
 ev("inquiry-call","AUS",None,"02",["020"],["2020-04","2020-05"],None,"Canberra repeated its call for an independent inquiry",opt=True,also=["10"]),
 ev("work-with-china","AUS","CHN","03",["030","036"],["2020-05-12","2020-05-13"],None,"his government would work with Chinese authorities to resolve them"),
 ev("boycott-warning","CHN","AUS","13",["130","131"],["2020-04"],None,"warned last month that Chinese consumers might boycott Australian wine and beef"),
 ev("morrison-dismisses","AUS","CHN","11",["110","111","112"],["2020-04","2020-05"],None,"Prime Minister Scott Morrison dismissed the remarks as economic coercion"),
 ev("huawei-ban","AUS","CHN","16",["160"],["2018"],"AUS","Australia banned the Chinese telecoms firm Huawei from its 5G network",opt=True)])

art("a", "biden-scholz-call", WH, "2022-01-21", "Readout of President Biden's Call with Chancellor Olaf Scholz of Germany",
"""President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany to discuss Russia's military build-up on Ukraine's borders. The leaders affirmed their support for Ukraine's sovereignty and territorial integrity and agreed that any further Russian invasion would be met with swift and severe consequences.

They also reviewed diplomatic efforts, including Secretary Blinken's meeting in Geneva today with Russian Foreign Minister Sergey Lavrov and the Chancellor's recent contacts with President Putin. The President thanked the Chancellor for Germany's leadership in the G7 and welcomed Berlin's commitment to European energy security. The President also noted that the United States stands ready to reinforce NATO's eastern flank. The two leaders agreed to stay in close contact.""",
[ev("call","USA","DEU","04",["040","041"],["2022-01-21"],None,"President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany"),
 ev("build-up","RUS","UKR","15",["150","154"],["2022-01"],"RUS","Russia's military build-up on Ukraine's borders"),
 ev("support-ukraine","USA","UKR","05",["050","052"],["2022-01-21"],None,"The leaders affirmed their support for Ukraine's sovereignty and territorial integrity",also=["03"]),
 ev("de-support-ukraine","DEU","UKR","05",["050","052"],["2022-01-21"],None,"The leaders affirmed their support for Ukraine's sovereignty",opt=True,also=["03"]),
 ev("consequences","USA","RUS","13",["130","138"],["2022-01-21"],None,"any further Russian invasion would be met with swift and severe consequences"),
 ev("geneva","USA","RUS","04",["040","042","043"],["2022-01-21"],"CHE","Secretary Blinken's meeting in Geneva today with Russian Foreign Minister Sergey Lavrov",sym=True),
 ev("scholz-putin","DEU","RUS","04",["040"],["2022-01"],None,"the Chancellor's recent contacts with President Putin",opt=True,sym=True),
 ev("thanks","USA","DEU","05",["050","051"],["2022-01-21"],None,"The President thanked the Chancellor"),
 ev("stay-in-contact","USA","DEU","03",["030","036"],["2022-01-21"],None,"The two leaders agreed to stay in close contact",sym=True)])

art("a", "boko-haram-ambush", WN, "2020-03-25", "Dozens of soldiers killed in Nigeria and Chad",
"""Fighters from the jihadist group Boko Haram ambushed a convoy of Nigerian soldiers near the town of Goneri in Yobe state on Monday, killing at least 47 troops, military sources told reporters.

The group's fighters fired rocket-propelled grenades at the trucks and seized weapons and vehicles before withdrawing, according to the sources. The group has waged an insurgency in the northeast since 2009 and abducted 276 schoolgirls from the town of Chibok in 2014. The army did not confirm the toll but said it had launched air strikes against the militants.

President Muhammadu Buhari condemned the attack and ordered the military to pursue those responsible. He said the insurgents "will not escape justice."

In neighbouring Chad, the army lost 92 soldiers in a separate attack by the group on Monday near Lake Chad, the country's deadliest single loss. Chadian President Idriss Déby visited the site on Tuesday and vowed to retaliate.""",
[ev("ambush","NGA","NGA","19",["190","195","193"],["2020-03-23"],"NGA","Boko Haram ambushed a convoy of Nigerian soldiers",also=["18"]),
 ev("air-strikes","NGA","NGA","19",["190","195"],["2020-03-23","2020-03-24","2020-03-25"],"NGA","it had launched air strikes against the militants"),
 ev("chibok","NGA","NGA","18",["180","181"],["2014"],"NGA","abducted 276 schoolgirls from the town of Chibok in 2014",opt=True),
 ev("buhari-condemns","NGA","NGA","11",["110","111"],["2020-03-23","2020-03-24","2020-03-25"],None,"President Muhammadu Buhari condemned the attack"),
 ev("chad-attack","NGA","TCD","19",["190","193"],["2020-03-23"],"TCD","the army lost 92 soldiers in a separate attack by the group on Monday near Lake Chad",also=["18"]),
 ev("deby-vows","TCD","NGA","13",["130","138"],["2020-03-24"],"TCD","vowed to retaliate")],
[{"speaker":"Muhammadu Buhari","text":"will not escape justice.","verb":"said","partial":True}])

art("a", "minsk-rally", WN, "2020-08-17", "Over 100,000 rally in Minsk against Lukashenko",
"""MINSK, Belarus — More than 100,000 people rallied in central Minsk on Sunday to demand the resignation of President Alexander Lukashenko, in the largest protest in the country's history.

The demonstration followed a week of clashes in which police detained nearly 7,000 people and used stun grenades and rubber bullets against crowds who disputed the official result of the August 9 election. Officials said Lukashenko won 80 percent of the vote.

Opposition candidate Sviatlana Tsikhanouskaya, who left for Lithuania after the election, said on Monday she was ready to act as national leader and called for a new, fair vote.

Lukashenko addressed a rally of his own supporters and rejected calls for a rerun. "We will not give away the country," he said. He accused NATO of massing troops near the western border, a claim the alliance denied.

European Union foreign ministers agreed on Friday to prepare new sanctions against Belarusian officials responsible for the violence.""",
[ev("rally","BLR","BLR","14",["140","141","1411"],["2020-08-16"],"BLR","More than 100,000 people rallied in central Minsk on Sunday to demand the resignation of President Alexander Lukashenko"),
 ev("detentions","BLR","BLR","17",["170","173","175"],["2020-08-09","2020-08-10","2020-08-11","2020-08-12","2020-08-13","2020-08-14","2020-08-15","2020-08-16"],"BLR","police detained nearly 7,000 people and used stun grenades and rubber bullets against crowds",also=["18"]),
 ev("new-vote","BLR","BLR","10",["100","104"],["2020-08-17"],None,"called for a new, fair vote",also=["02"]),
 ev("rejects-rerun","BLR","BLR","12",["120","124"],["2020-08-16","2020-08-17"],None,"rejected calls for a rerun"),
 ev("accuses-nato","BLR","IGO:NATO","11",["110","112"],["2020-08-16","2020-08-17"],None,"He accused NATO of massing troops near the western border"),
 ev("eu-sanctions","IGO:EU","BLR","16",["160","163"],["2020-08-14"],None,"agreed on Friday to prepare new sanctions against Belarusian officials",opt=True,also=["13"])],
[{"speaker":"Alexander Lukashenko","text":"We will not give away the country,","verb":"said"}])

# ---------------- part B ----------------
art("b", "gaza-strikes", WN, "2021-05-11", "Israeli strikes on Gaza kill 20 after rocket fire",
"""Israeli aircraft struck dozens of targets in the Gaza Strip on Monday night after Hamas fired rockets toward Jerusalem, Palestinian health officials said. At least 20 people, including nine children, were killed. The group said it had launched more than 150 rockets at Israel by Tuesday morning; most were intercepted.

The Israeli military said it had hit militant sites and killed three Hamas commanders. Prime Minister Benjamin Netanyahu warned that the group had crossed a red line and would pay a heavy price.

The barrage came after days of clashes between Palestinian protesters and Israeli police at the Al-Aqsa Mosque compound, in which more than 300 Palestinians were hurt.

The United Nations Security Council held an emergency session on Monday but did not issue a statement. Egypt and Qatar were trying to broker a truce, diplomats said.""",
[ev("air-strikes","ISR","PSE","19",["190","195"],["2021-05-10"],"PSE","Israeli aircraft struck dozens of targets in the Gaza Strip on Monday night",also=["18"]),
 ev("rockets","PSE","ISR","19",["190","195"],["2021-05-10"],"ISR","Hamas fired rockets toward Jerusalem",also=["18"]),
 ev("netanyahu-warns","ISR","PSE","13",["130","138"],["2021-05-10","2021-05-11"],None,"Netanyahu warned that the group had crossed a red line and would pay a heavy price"),
 ev("police-clashes","ISR","PSE","17",["170","175"],["2021-05"],"ISR","clashes between Palestinian protesters and Israeli police at the Al-Aqsa Mosque compound",opt=True,also=["18"]),
 ev("protests","PSE","ISR","14",["140"],["2021-05"],"ISR","Palestinian protesters",opt=True),
 ev("unsc","IGO:UN",None,"04",["040"],["2021-05-10"],None,"The United Nations Security Council held an emergency session on Monday",opt=True),
 ev("mediation","EGY","PSE","04",["040","045"],["2021-05-10","2021-05-11"],None,"Egypt and Qatar were trying to broker a truce",opt=True)])

art("b", "pompeo-cavusoglu-call", SD, "2020-10-05", "Secretary Pompeo's Call with Turkish Foreign Minister Cavusoglu",
"""Secretary Michael R. Pompeo spoke today with Turkish Foreign Minister Mevlut Cavusoglu about the fighting between Armenia and Azerbaijan over Nagorno-Karabakh. The Secretary urged Ankara to refrain from any action that could inflame the conflict and called on all sides to cease hostilities immediately. He expressed concern over reports that foreign fighters had been sent to the region. Armenia has accused Ankara of flying Syrian mercenaries to Azerbaijan, a charge Turkey denies.

The Secretary and the Foreign Minister also discussed the eastern Mediterranean, where the Secretary welcomed the resumption of exploratory talks between Turkey and Greece. The two agreed to continue consultations.""",
[ev("call","USA","TUR","04",["040","041"],["2020-10-05"],None,"Secretary Michael R. Pompeo spoke today with Turkish Foreign Minister Mevlut Cavusoglu"),
 ev("fighting","ARM","AZE","19",["190"],["2020-09","2020-10"],"AZE","the fighting between Armenia and Azerbaijan over Nagorno-Karabakh",sym=True),
 ev("urge-ankara","USA","TUR","02",["020","023"],["2020-10-05"],None,"The Secretary urged Ankara to refrain from any action",also=["10"]),
 ev("all-sides","USA",None,"02",["020"],["2020-10-05"],None,"called on all sides to cease hostilities immediately",opt=True,also=["10"]),
 ev("concern","USA",None,"11",["110"],["2020-10-05"],None,"expressed concern over reports that foreign fighters had been sent",opt=True),
 ev("arm-accuses","ARM","TUR","11",["110","112"],["2020-09","2020-10"],None,"Armenia has accused Ankara of flying Syrian mercenaries to Azerbaijan"),
 ev("tur-grc-talks","TUR","GRC","04",["040","043"],["2020-10"],None,"the resumption of exploratory talks between Turkey and Greece",sym=True),
 ev("welcome","USA","TUR","05",["050","051"],["2020-10-05"],None,"the Secretary welcomed the resumption of exploratory talks"),
 ev("welcome-grc","USA","GRC","05",["050","051"],["2020-10-05"],None,"the Secretary welcomed the resumption of exploratory talks",opt=True),
 ev("consult","USA","TUR","03",["030","036"],["2020-10-05"],None,"The two agreed to continue consultations",sym=True)])

art("b", "biden-moise-statement", WH, "2021-07-07", "Statement by President Biden on the Assassination of President Jovenel Moïse of Haiti",
"""Early this morning, gunmen stormed the private residence of President Jovenel Moïse in Port-au-Prince, killing the President and gravely wounding his wife. Haitian police said they had killed four suspects in a gunfight and arrested two others. I condemn this cowardly crime in the strongest terms. Jill and I are praying for the First Lady's full recovery.

I have spoken with Interim Prime Minister Claude Joseph and offered the help of the United States in bringing those responsible to justice. At his request, the FBI and the Department of Homeland Security will send investigators to Port-au-Prince in the coming days.

Haiti's people have endured too much. We urge all political actors in the country to reject violence and to work together toward free and fair elections.""",
[ev("assassination",None,"HTI","18",["180","186"],["2021-07-07"],"HTI","gunmen stormed the private residence of President Jovenel Moïse in Port-au-Prince, killing the President",also=["19"]),
 ev("police-kill","HTI",None,"19",["190","193"],["2021-07-07"],"HTI","Haitian police said they had killed four suspects in a gunfight",also=["18","17"]),
 ev("police-arrest","HTI",None,"17",["170","173"],["2021-07-07"],"HTI","arrested two others"),
 ev("condemn","USA",None,"11",["110","111"],["2021-07-07"],None,"I condemn this cowardly crime in the strongest terms"),
 ev("call","USA","HTI","04",["040","041"],["2021-07-07"],None,"I have spoken with Interim Prime Minister Claude Joseph"),
 ev("offer-help","USA","HTI","03",["030","033"],["2021-07-07"],None,"offered the help of the United States",also=["07"]),
 ev("request","HTI","USA","02",["020","021"],["2021-07-07"],None,"At his request",opt=True),
 ev("investigators","USA","HTI","07",["070"],["2021-07-07"],None,"will send investigators to Port-au-Prince",opt=True,also=["03"]),
 ev("urge","USA","HTI","02",["020"],["2021-07-07"],None,"We urge all political actors in the country to reject violence",also=["10"])])

art("b", "peru-vizcarra-removed", WN, "2020-11-10", "Peru's Congress removes President Vizcarra",
"""Peru's Congress voted on Monday to remove President Martín Vizcarra from office over allegations that he took bribes while he was a regional governor years ago. 105 of the 130 lawmakers backed the motion, far more than the 87 needed.

Vizcarra, who denies the accusations, said he would leave the presidential palace and would not challenge the decision in court. Congress speaker Manuel Merino is to be sworn in as the country's president on Tuesday.

Hundreds of people protested outside the legislature in Lima on Monday night, and police fired tear gas to disperse them. Protesters accused lawmakers of staging a coup.

The Organization of American States said it was following the events closely and urged all parties to respect the constitution.""",
[ev("removal","PER","PER","17",["170"],["2020-11-09"],"PER","Peru's Congress voted on Monday to remove President Martín Vizcarra from office",opt=True,also=["11","12"]),
 ev("protest","PER","PER","14",["140","141"],["2020-11-09"],"PER","Hundreds of people protested outside the legislature in Lima on Monday night"),
 ev("tear-gas","PER","PER","17",["170","175"],["2020-11-09"],"PER","police fired tear gas to disperse them",also=["18"]),
 ev("coup-accusation","PER","PER","11",["110","112"],["2020-11-09","2020-11-10"],None,"Protesters accused lawmakers of staging a coup"),
 ev("oas-urges","IGO:OAS","PER","02",["020"],["2020-11-09","2020-11-10"],None,"urged all parties to respect the constitution",also=["10"])])

write(OUT, ARTS, "probe15-art1", "written for this probe by helper art1 (own words)",
      "Probe article written blind (gold before the coder ran), session 15 round 2. Dates resolved against the publication date. ")
