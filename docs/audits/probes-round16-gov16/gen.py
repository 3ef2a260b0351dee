"""Probe articles of helper gov16 (session 16): short State Department / White House texts in the probe
writer's own words, gold written before the coder ran on them. Run from the repository root to regenerate
a/ and b/."""
import os
import sys

OUT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(OUT))
from article_probes import ev, write  # noqa: E402

ARTS = []


def art(part, slug, src, pub, title, text, events, quotes=(), notes=""):
    ARTS.append((part, slug, src, pub, title, text, events, quotes, notes))


SD, WH = "U.S. Department of State", "The White House"

# ---------------- part A ----------------
art("a", "blinken-call-kenya-omamo", SD, "2021-11-09", "Secretary Blinken's Call with Kenyan Cabinet Secretary Omamo",
"""The following is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke today with Kenyan Cabinet Secretary for Foreign Affairs Raychelle Omamo about the escalating conflict in northern Ethiopia. The Secretary thanked Cabinet Secretary Omamo for Kenya's leadership on the UN Security Council and for President Kenyatta's efforts to bring the parties to the negotiating table. Both expressed deep concern over the Tigray People's Liberation Front's advance toward Addis Ababa and the government's declaration of a nationwide state of emergency.

Secretary Blinken urged all parties to halt military operations and begin ceasefire talks without preconditions. He also called on the Ethiopian government to end the detention of ethnic Tigrayans in the capital. The Secretary and the Cabinet Secretary agreed to continue close coordination with the African Union High Representative for the Horn of Africa, Olusegun Obasanjo.""",
[ev("call", "USA", "KEN", "04", ["040", "041"], ["2021-11-09"], None, "Secretary of State Antony J. Blinken spoke today with Kenyan Cabinet Secretary for Foreign Affairs Raychelle Omamo"),
 ev("thanks", "USA", "KEN", "05", ["050", "051"], ["2021-11-09"], None, "The Secretary thanked Cabinet Secretary Omamo for Kenya's leadership"),
 ev("kenyatta-mediation", "KEN", "ETH", "04", ["040", "045"], ["2021-11", "2021"], None, "President Kenyatta's efforts to bring the parties to the negotiating table", opt=True),
 ev("concern-tplf", "USA", "ETH", "11", ["110", "111"], ["2021-11-09"], None, "Both expressed deep concern over the Tigray People's Liberation Front's advance"),
 ev("tplf-advance", "ETH", "ETH", "19", ["190"], ["2021-11", "2021"], "ETH", "the Tigray People's Liberation Front's advance toward Addis Ababa", opt=True),
 ev("urge-parties", "USA", "ETH", "02", ["020"], ["2021-11-09"], None, "Secretary Blinken urged all parties to halt military operations and begin ceasefire talks", also=["10"]),
 ev("call-detention", "USA", "ETH", "10", ["100", "1053"], ["2021-11-09"], None, "called on the Ethiopian government to end the detention of ethnic Tigrayans", also=["02"]),
 ev("detention", "ETH", "ETH", "17", ["173"], ["2021-11", "2021"], "ETH", "the detention of ethnic Tigrayans in the capital", opt=True),
 ev("coordination", "USA", "KEN", "03", ["030", "036"], ["2021-11-09"], None, "agreed to continue close coordination", sym=True),
 ev("coord-au", "USA", "IGO:AU", "03", ["030"], ["2021-11-09"], None, "close coordination with the African Union High Representative", opt=True)])

art("a", "condemn-attack-burkina", SD, "2021-06-07", "Attack in Solhan, Burkina Faso",
"""Press Statement
Ned Price, Department Spokesperson

The United States strongly condemns the horrific attack by armed militants on the village of Solhan in Burkina Faso's Yagha province on the night of June 4-5, which killed more than 130 civilians, including children. Gunmen on motorcycles stormed the village, set homes and the market on fire and shot residents as they fled.

We offer our condolences to the families of those killed and to the people of Burkina Faso. The Government of Burkina Faso has declared three days of national mourning and has pledged to find those responsible. We call on the government to conduct a transparent investigation and to hold the perpetrators accountable in line with the rule of law.

The United States stands with Burkina Faso and its neighbors in the Sahel as they confront violent extremism, and we will continue to provide security and humanitarian assistance.""",
[ev("condemn", "USA", None, "11", ["110", "111"], ["2021-06-07"], None, "The United States strongly condemns the horrific attack by armed militants on the village of Solhan"),
 ev("attack", "BFA", "BFA", "18", ["180", "183", "186"], ["2021-06-04", "2021-06-05"], "BFA", "Gunmen on motorcycles stormed the village, set homes and the market on fire and shot residents", also=["19", "20"]),
 ev("call-investigation", "USA", "BFA", "02", ["020"], ["2021-06-07"], None, "We call on the government to conduct a transparent investigation", also=["10"]),
 ev("stand-with", "USA", "BFA", "05", ["050"], ["2021-06-07"], None, "The United States stands with Burkina Faso", opt=True, also=["03"]),
 ev("assistance", "USA", "BFA", "07", ["070"], ["2021-06-07"], None, "we will continue to provide security and humanitarian assistance", opt=True, also=["03"])])

art("a", "welcome-yemen-truce", SD, "2022-04-02", "The United States Welcomes the Truce in Yemen",
"""Press Statement
Antony J. Blinken, Secretary of State

The United States welcomes the announcement by UN Special Envoy Hans Grundberg of a two-month nationwide truce in Yemen, which took effect today. The parties have agreed to halt all offensive military operations inside Yemen and across its borders, to allow fuel ships into the port of Hudaydah and to resume commercial flights from Sanaa airport.

We commend the Republic of Yemen Government, led by President Hadi, and the Houthis for taking this step, and we thank Saudi Arabia and Oman for their support to the Special Envoy. This truce must be only a beginning. We urge the parties to use it to negotiate a durable ceasefire and an inclusive political settlement under UN auspices.

The United States will continue to support the UN-led peace process and to provide life-saving aid to the people of Yemen.""",
[ev("welcome-un", "USA", "IGO:UN", "05", ["050"], ["2022-04-02"], None, "The United States welcomes the announcement by UN Special Envoy Hans Grundberg of a two-month nationwide truce"),
 ev("truce", "YEM", "YEM", "08", ["080", "087"], ["2022-04-01", "2022-04-02"], None, "The parties have agreed to halt all offensive military operations", also=["03"]),
 ev("commend", "USA", "YEM", "05", ["050", "051"], ["2022-04-02"], None, "We commend the Republic of Yemen Government, led by President Hadi, and the Houthis"),
 ev("thank-saudi", "USA", "SAU", "05", ["050", "051"], ["2022-04-02"], None, "we thank Saudi Arabia and Oman for their support"),
 ev("thank-oman", "USA", "OMN", "05", ["050", "051"], ["2022-04-02"], None, "we thank Saudi Arabia and Oman for their support"),
 ev("urge", "USA", "YEM", "02", ["020"], ["2022-04-02"], None, "We urge the parties to use it to negotiate a durable ceasefire", also=["10"]),
 ev("support-un", "USA", "IGO:UN", "03", ["030"], ["2022-04-02"], None, "will continue to support the UN-led peace process", opt=True, also=["05"]),
 ev("aid", "USA", "YEM", "07", ["070"], ["2022-04-02"], None, "to provide life-saving aid to the people of Yemen", opt=True)])

art("a", "designation-iran-drone-network", SD, "2022-09-08", "Sanctioning Iranian Drone Suppliers to Russia",
"""Press Statement
Antony J. Blinken, Secretary of State

Today the Department of the Treasury is designating four entities and one individual involved in the research, development, production and transfer of Iranian unmanned aerial vehicles (UAVs) to Russia. The Department of State is concurrently designating Iran's Qods Aviation Industries, which builds the Mohajer-6 drone, under the same authority.

Iran has delivered hundreds of UAVs to Moscow since August, and Russian forces have used them in attacks on civilian infrastructure in Ukraine. These transfers show how far the Kremlin will go to prop up its war of choice.

The United States will continue to use every tool at its disposal to disrupt Iran's supply of weapons to Russia. We call on all countries to ensure that their firms do not supply components to Iran's drone programs.""",
[ev("designate", "USA", "IRN", "16", ["160", "163"], ["2022-09-08"], None, "the Department of the Treasury is designating four entities and one individual", also=["17"]),
 ev("designate-qods", "USA", "IRN", "16", ["160", "163"], ["2022-09-08"], None, "The Department of State is concurrently designating Iran's Qods Aviation Industries", also=["17"]),
 ev("iran-delivers", "IRN", "RUS", "07", ["070"], ["2022-08", "2022-09"], None, "Iran has delivered hundreds of UAVs to Moscow since August", also=["06"]),
 ev("russia-attacks", "RUS", "UKR", "19", ["190", "195"], ["2022-08", "2022-09", "2022"], "UKR", "Russian forces have used them in attacks on civilian infrastructure in Ukraine", also=["18"]),
 ev("criticise", "USA", "RUS", "11", ["110", "111"], ["2022-09-08"], None, "These transfers show how far the Kremlin will go to prop up its war of choice", opt=True),
 ev("continue-tools", "USA", "IRN", "13", ["130"], ["2022-09-08"], None, "will continue to use every tool at its disposal to disrupt Iran's supply", opt=True, also=["16"]),
 ev("call-countries", "USA", None, "02", ["020"], ["2022-09-08"], None, "We call on all countries", opt=True)])

art("a", "sherman-travel-seoul-tokyo", SD, "2021-07-16", "Deputy Secretary Sherman's Travel to Japan, the Republic of Korea and Mongolia",
"""Media Note
Office of the Spokesperson

Deputy Secretary of State Wendy R. Sherman will travel to Japan, the Republic of Korea and Mongolia from July 18 to 25. In Tokyo, the Deputy Secretary will take part in a trilateral meeting with Japanese Vice Minister for Foreign Affairs Takeo Mori and Korean First Vice Foreign Minister Choi Jong-kun to discuss the denuclearization of the Korean Peninsula. She will also meet Prime Minister Suga.

In Seoul, Deputy Secretary Sherman will hold the bilateral strategic dialogue with First Vice Minister Choi. She will then travel to Ulaanbaatar to mark the 35th anniversary of diplomatic relations between the United States and Mongolia and to meet senior Mongolian officials.

The trip follows Secretary Blinken's visit to Tokyo and Seoul in March, when the allies agreed to deepen cooperation on regional security.""",
[ev("travel-japan", "USA", "JPN", "04", ["040", "042"], ["2021-07-18", "2021-07-19", "2021-07-20", "2021-07-21", "2021-07-22", "2021-07-23", "2021-07-24", "2021-07-25", "2021-07-16"], None, "Deputy Secretary of State Wendy R. Sherman will travel to Japan, the Republic of Korea and Mongolia", also=["03"]),
 ev("travel-korea", "USA", "KOR", "04", ["040", "042"], ["2021-07-18", "2021-07-19", "2021-07-20", "2021-07-21", "2021-07-22", "2021-07-23", "2021-07-24", "2021-07-25", "2021-07-16"], None, "will travel to Japan, the Republic of Korea and Mongolia", also=["03"]),
 ev("travel-mongolia", "USA", "MNG", "04", ["040", "042"], ["2021-07-18", "2021-07-19", "2021-07-20", "2021-07-21", "2021-07-22", "2021-07-23", "2021-07-24", "2021-07-25", "2021-07-16"], None, "will travel to Japan, the Republic of Korea and Mongolia", also=["03"]),
 ev("trilateral-jpn-kor", "JPN", "KOR", "04", ["040"], ["2021-07"], "JPN", "a trilateral meeting with Japanese Vice Minister ... and Korean First Vice Foreign Minister", opt=True, sym=True),
 ev("march-visit", "USA", "JPN", "04", ["040", "042"], ["2021-03"], None, "Secretary Blinken's visit to Tokyo and Seoul in March", opt=True),
 ev("march-agree", "USA", "KOR", "03", ["030", "036"], ["2021-03"], None, "the allies agreed to deepen cooperation on regional security", opt=True, sym=True)])

art("a", "belarus-sentencing-statement", SD, "2021-12-15", "Unjust Sentencing of Siarhei Tsikhanouski and Others in Belarus",
"""Press Statement
Antony J. Blinken, Secretary of State

The United States condemns the Lukashenko regime's sentencing yesterday of opposition blogger Siarhei Tsikhanouski to 18 years in prison following a closed trial in Homel. Five other defendants received sentences of up to 16 years. Tsikhanouski was arrested in May 2020 after announcing his intention to run for president, and his wife, Sviatlana Tsikhanouskaya, ran in his place.

The trial was a sham. These sentences are part of the regime's campaign to silence all who oppose it; Belarusian authorities now hold more than 900 political prisoners. We call for the immediate and unconditional release of all of them.

The United States, together with our allies and partners, will continue to promote accountability for the regime's abuses, and we stand with the people of Belarus in their pursuit of a democratic future.""",
[ev("condemn", "USA", "BLR", "11", ["110", "111"], ["2021-12-15"], None, "The United States condemns the Lukashenko regime's sentencing yesterday"),
 ev("sentencing", "BLR", "BLR", "17", ["170", "173"], ["2021-12-14"], "BLR", "sentencing yesterday of opposition blogger Siarhei Tsikhanouski to 18 years in prison", also=["11"]),
 ev("arrest-2020", "BLR", "BLR", "17", ["170", "173"], ["2020-05"], "BLR", "Tsikhanouski was arrested in May 2020", opt=True),
 ev("sham", "USA", "BLR", "11", ["110", "111"], ["2021-12-15"], None, "The trial was a sham", opt=True),
 ev("prisoners", "BLR", "BLR", "17", ["170", "173"], ["2021", "2020"], "BLR", "Belarusian authorities now hold more than 900 political prisoners", opt=True),
 ev("release-call", "USA", "BLR", "10", ["100", "1053"], ["2021-12-15"], None, "We call for the immediate and unconditional release of all of them", also=["02"]),
 ev("accountability", "USA", "BLR", "13", ["130"], ["2021-12-15"], None, "will continue to promote accountability for the regime's abuses", opt=True, also=["11", "16"]),
 ev("stand-with", "USA", "BLR", "05", ["050"], ["2021-12-15"], None, "we stand with the people of Belarus", opt=True, also=["03"])])

art("a", "biden-macron-call", WH, "2021-09-22", "Joint Statement on the Phone Call between President Biden and President Macron",
"""President Biden and President Macron spoke today at the request of President Biden about the implications of the announcement of September 15. The two leaders agreed that the situation would have benefitted from open consultations among allies on matters of strategic interest to France and our European partners. President Biden conveyed his ongoing commitment in that regard.

The two leaders have decided to open a process of in-depth consultations, aimed at creating the conditions for ensuring confidence. They will meet in Europe at the end of October. President Macron has decided that the French Ambassador will return to Washington next week, after he was recalled last Friday.

The United States also recognizes the importance of a stronger and more capable European defense that contributes positively to transatlantic and global security.""",
[ev("call", "USA", "FRA", "04", ["040", "041"], ["2021-09-22"], None, "President Biden and President Macron spoke today", sym=True),
 ev("agreed", "USA", "FRA", "03", ["030"], ["2021-09-22"], None, "The two leaders agreed that the situation would have benefitted from open consultations", opt=True, sym=True),
 ev("consultations", "USA", "FRA", "03", ["030", "036"], ["2021-09-22"], None, "The two leaders have decided to open a process of in-depth consultations", sym=True, also=["04"]),
 ev("meet-october", "USA", "FRA", "04", ["040", "043"], ["2021-09-22", "2021-10"], None, "They will meet in Europe at the end of October", opt=True, sym=True, also=["03"]),
 ev("ambassador-return", "FRA", "USA", "08", ["080"], ["2021-09-22"], None, "the French Ambassador will return to Washington next week", opt=True, also=["03", "04"]),
 ev("recalled", "FRA", "USA", "16", ["160", "161"], ["2021-09-17"], None, "after he was recalled last Friday", opt=True, also=["12"])])

art("a", "biden-congratulates-petro", WH, "2022-06-20", "Statement by President Joe Biden Congratulating Gustavo Petro on His Election as President of Colombia",
"""I congratulate Gustavo Petro on his election as the next President of Colombia, and I commend the people of Colombia for making their voices heard in a free and fair election. I also thank his opponent, Rodolfo Hernández, for promptly accepting the result.

I look forward to working with President-elect Petro to further strengthen the relationship between our two countries and to address shared challenges, from climate change to the fight against drug trafficking. Colombia is a close partner of the United States. For two decades, our nations have worked together to build security and prosperity, and last year Washington donated more than 6 million doses of COVID-19 vaccines to the Colombian people.

The United States will continue to support Colombia's implementation of the 2016 peace accord with the FARC.""",
[ev("congratulate", "USA", "COL", "05", ["050"], ["2022-06-20"], None, "I congratulate Gustavo Petro on his election as the next President of Colombia"),
 ev("commend", "USA", "COL", "05", ["050", "051"], ["2022-06-20"], None, "I commend the people of Colombia", opt=True),
 ev("thank-hernandez", "USA", "COL", "05", ["050", "051"], ["2022-06-20"], None, "I also thank his opponent, Rodolfo Hernández", opt=True),
 ev("hernandez-accepts", "COL", "COL", "08", ["080"], ["2022-06-19", "2022-06-20"], None, "Rodolfo Hernández, for promptly accepting the result", opt=True),
 ev("look-forward", "USA", "COL", "03", ["030"], ["2022-06-20"], None, "I look forward to working with President-elect Petro", opt=True),
 ev("vaccines", "USA", "COL", "07", ["070"], ["2021"], None, "last year Washington donated more than 6 million doses of COVID-19 vaccines", opt=True),
 ev("support-peace", "USA", "COL", "07", ["070"], ["2022-06-20"], None, "will continue to support Colombia's implementation of the 2016 peace accord", opt=True, also=["03", "05"])])

art("a", "ruto-state-visit", WH, "2023-11-10", "Statement from Press Secretary Karine Jean-Pierre on the Visit of President William Ruto of Kenya",
"""President Joseph R. Biden, Jr. will host President William Ruto of Kenya at the White House on December 5. The visit will mark sixty years of diplomatic relations between the United States and Kenya. The leaders will discuss how to expand trade and investment, advance democracy, and respond to climate change and global health threats.

President Biden will thank President Ruto for Kenya's offer to lead a multinational security support mission in Haiti, which the UN Security Council authorized last month. The two leaders will also review the conflict in Sudan, where the Rapid Support Forces have seized most of Darfur.

Vice President Harris met President Ruto in Nairobi in March during her tour of the continent.""",
[ev("host", "USA", "KEN", "04", ["040", "042", "043"], ["2023-12-05", "2023-11-10"], None, "President Joseph R. Biden, Jr. will host President William Ruto of Kenya at the White House on December 5", also=["03"]),
 ev("kenya-haiti", "KEN", "HTI", "07", ["070", "074"], ["2023"], None, "Kenya's offer to lead a multinational security support mission in Haiti", opt=True, also=["03"]),
 ev("unsc-authorize", "IGO:UN", "KEN", "05", ["050"], ["2023-10"], None, "which the UN Security Council authorized last month", opt=True, also=["03"]),
 ev("rsf", "SDN", "SDN", "19", ["190"], ["2023"], "SDN", "the Rapid Support Forces have seized most of Darfur", opt=True),
 ev("harris", "USA", "KEN", "04", ["040", "042"], ["2023-03"], "KEN", "Vice President Harris met President Ruto in Nairobi in March", opt=True, sym=True)])

art("a", "joint-statement-dprk-launch", SD, "2022-11-18", "Joint Statement by the Foreign Ministers of the United States, Japan and the Republic of Korea",
"""We, the Foreign Ministers of the United States, Japan and the Republic of Korea, strongly condemn the Democratic People's Republic of Korea's launch of an intercontinental ballistic missile today, which landed inside Japan's exclusive economic zone. This launch, the DPRK's eighth ICBM launch this year, is a flagrant violation of multiple UN Security Council resolutions.

We urge the DPRK to refrain from further provocations and to return to dialogue. Our three countries remain committed to the complete denuclearization of the Korean Peninsula, and we will work closely together, and with the international community, to respond.

The United States reaffirms that its commitments to the defense of Japan and the Republic of Korea are ironclad.""",
[ev("condemn-usa", "USA", "PRK", "11", ["110", "111"], ["2022-11-18"], None, "strongly condemn the Democratic People's Republic of Korea's launch of an intercontinental ballistic missile today"),
 ev("condemn-jpn", "JPN", "PRK", "11", ["110", "111"], ["2022-11-18"], None, "strongly condemn the Democratic People's Republic of Korea's launch"),
 ev("condemn-kor", "KOR", "PRK", "11", ["110", "111"], ["2022-11-18"], None, "strongly condemn the Democratic People's Republic of Korea's launch"),
 ev("launch", "PRK", "JPN", "15", ["150", "152"], ["2022-11-18"], None, "the Democratic People's Republic of Korea's launch of an intercontinental ballistic missile today", opt=True, also=["13", "19"]),
 ev("urge", "USA", "PRK", "02", ["020"], ["2022-11-18"], None, "We urge the DPRK to refrain from further provocations and to return to dialogue", also=["10"]),
 ev("work-together", "USA", "JPN", "03", ["030"], ["2022-11-18"], None, "we will work closely together", opt=True, sym=True),
 ev("ironclad-jpn", "USA", "JPN", "03", ["030"], ["2022-11-18"], None, "its commitments to the defense of Japan and the Republic of Korea are ironclad", opt=True, also=["05"]),
 ev("ironclad-kor", "USA", "KOR", "03", ["030"], ["2022-11-18"], None, "its commitments to the defense of Japan and the Republic of Korea are ironclad", opt=True, also=["05"])])

art("a", "pakistan-flood-aid", SD, "2022-09-01", "United States Announces Humanitarian Assistance for Pakistan Flood Response",
"""Press Statement
Antony J. Blinken, Secretary of State

The United States is providing $30 million in humanitarian assistance to support people affected by the devastating floods in Pakistan. Through the U.S. Agency for International Development, this assistance will deliver food, safe drinking water, shelter and sanitation to the hardest-hit communities in Sindh and Balochistan.

Since June, monsoon rains have killed more than 1,100 people and displaced millions. USAID has deployed a disaster assistance response team, which is working with the National Disaster Management Authority and UN agencies to reach those in need.

We thank Prime Minister Shehbaz Sharif and his government for their close cooperation, and we encourage other donors to help Pakistan recover. The United States stands with the people of Pakistan.""",
[ev("aid", "USA", "PAK", "07", ["070", "073"], ["2022-09-01"], None, "The United States is providing $30 million in humanitarian assistance"),
 ev("dart", "USA", "PAK", "07", ["070", "073"], ["2022"], None, "USAID has deployed a disaster assistance response team", opt=True, also=["03"]),
 ev("thank", "USA", "PAK", "05", ["050", "051"], ["2022-09-01"], None, "We thank Prime Minister Shehbaz Sharif and his government for their close cooperation"),
 ev("encourage-donors", "USA", None, "02", ["020"], ["2022-09-01"], None, "we encourage other donors to help Pakistan recover", opt=True),
 ev("stand-with", "USA", "PAK", "05", ["050"], ["2022-09-01"], None, "The United States stands with the people of Pakistan", opt=True, also=["03"])])

art("a", "biden-statement-kyiv-strikes", WH, "2022-10-10", "Statement from President Biden on Russia's Missile Strikes on Ukraine",
"""Today, Russia launched a barrage of missile strikes against cities across Ukraine, destroying civilian targets and killing and injuring dozens of people. I strongly condemn these attacks. They once again demonstrate the utter brutality of Mr. Putin's illegal war on the Ukrainian people.

I spoke this morning with President Zelenskyy to convey my condolences and to pledge that the United States will keep providing Ukraine with the support it needs to defend itself, including advanced air defense systems. Together with our allies, we will continue to impose costs on Russia for its aggression.

We renew our call on Russia to end this unprovoked war immediately and withdraw its troops from Ukraine.""",
[ev("strikes", "RUS", "UKR", "19", ["190", "195"], ["2022-10-10"], "UKR", "Russia launched a barrage of missile strikes against cities across Ukraine", also=["18"]),
 ev("condemn", "USA", "RUS", "11", ["110", "111"], ["2022-10-10"], None, "I strongly condemn these attacks"),
 ev("call-zelenskyy", "USA", "UKR", "04", ["040", "041"], ["2022-10-10"], None, "I spoke this morning with President Zelenskyy"),
 ev("pledge-support", "USA", "UKR", "07", ["070", "071"], ["2022-10-10"], None, "the United States will keep providing Ukraine with the support it needs to defend itself", also=["03"]),
 ev("impose-costs", "USA", "RUS", "16", ["160", "163"], ["2022-10-10"], None, "we will continue to impose costs on Russia for its aggression", opt=True, also=["13"]),
 ev("call-end", "USA", "RUS", "10", ["100"], ["2022-10-10"], None, "We renew our call on Russia to end this unprovoked war immediately", also=["02"])])

art("a", "blinken-manalo-meeting", SD, "2023-04-11", "Secretary Blinken's Meeting with Philippine Foreign Secretary Manalo",
"""The following is attributable to Spokesperson Matthew Miller:

Secretary Antony J. Blinken met today in Washington with Philippine Secretary of Foreign Affairs Enrique Manalo, ahead of the 2+2 ministerial dialogue. The Secretary reaffirmed that the U.S.-Philippines alliance remains ironclad and that Article IV of the Mutual Defense Treaty extends to armed attacks on Philippine armed forces, public vessels or aircraft, including those of its coast guard, anywhere in the South China Sea.

The Secretary expressed concern over the People's Republic of China's repeated harassment of Philippine vessels near Second Thomas Shoal. In February, a Chinese coast guard ship directed a military-grade laser at a Philippine patrol boat, temporarily blinding some of its crew. Manila lodged a diplomatic protest with Beijing over the incident.

The two Secretaries welcomed the designation of four new sites under the Enhanced Defense Cooperation Agreement.""",
[ev("meeting", "USA", "PHL", "04", ["040", "042", "043"], ["2023-04-11"], "USA", "Secretary Antony J. Blinken met today in Washington with Philippine Secretary of Foreign Affairs Enrique Manalo", sym=True),
 ev("alliance", "USA", "PHL", "03", ["030"], ["2023-04-11"], None, "The Secretary reaffirmed that the U.S.-Philippines alliance remains ironclad", also=["05"]),
 ev("concern", "USA", "CHN", "11", ["110", "111"], ["2023-04-11"], None, "The Secretary expressed concern over the People's Republic of China's repeated harassment of Philippine vessels"),
 ev("laser", "CHN", "PHL", "17", ["170", "171"], ["2023-02"], "PHL", "a Chinese coast guard ship directed a military-grade laser at a Philippine patrol boat", also=["18", "15"]),
 ev("protest", "PHL", "CHN", "11", ["110", "111"], ["2023-02", "2023-03", "2023-04"], None, "Manila lodged a diplomatic protest with Beijing over the incident"),
 ev("edca", "USA", "PHL", "03", ["030"], ["2023-04-11", "2023"], None, "The two Secretaries welcomed the designation of four new sites under the Enhanced Defense Cooperation Agreement", opt=True, also=["05", "06"])])

art("a", "venezuela-election-concern", SD, "2020-12-07", "Venezuela's Fraudulent Legislative Elections",
"""Press Statement
Michael R. Pompeo, Secretary of State

The United States, along with numerous other democracies around the world, rejects the fraudulent legislative elections held by the illegitimate Maduro regime in Venezuela yesterday. The regime barred the main opposition parties from taking part, seized control of their names and symbols through its captive Supreme Court, and jailed or exiled many of their leaders.

The results announced by the regime's National Electoral Council do not reflect the will of the Venezuelan people. We continue to recognize Juan Guaidó as interim President and the democratically elected National Assembly as the only legitimate federal institution in Venezuela.

We call on all nations to join us in denouncing this electoral fraud, and we will continue to press the regime through diplomatic and economic means.""",
[ev("reject", "USA", "VEN", "11", ["110", "111"], ["2020-12-07"], None, "rejects the fraudulent legislative elections held by the illegitimate Maduro regime", also=["12"]),
 ev("barred", "VEN", "VEN", "17", ["170", "172"], ["2020"], "VEN", "The regime barred the main opposition parties from taking part", also=["12"]),
 ev("jailed", "VEN", "VEN", "17", ["170", "173"], ["2020", "2019"], "VEN", "jailed or exiled many of their leaders", opt=True),
 ev("recognize", "USA", "VEN", "05", ["050", "057"], ["2020-12-07"], None, "We continue to recognize Juan Guaidó as interim President", opt=True, also=["03"]),
 ev("call-nations", "USA", None, "02", ["020"], ["2020-12-07"], None, "We call on all nations to join us in denouncing this electoral fraud", opt=True),
 ev("press", "USA", "VEN", "13", ["130"], ["2020-12-07"], None, "we will continue to press the regime through diplomatic and economic means", opt=True, also=["16"])])

art("a", "welcome-release-venezuela", WH, "2022-10-01", "Statement by Press Secretary Karine Jean-Pierre on the Release of Wrongfully Detained Americans",
"""Today, the President welcomed home seven Americans who had been wrongfully detained in Venezuela, some of them for nearly five years. The Maduro government released the men after months of talks with a U.S. delegation that traveled to Caracas in March and again in June.

The President is grateful for the work of the Special Presidential Envoy for Hostage Affairs, Roger Carstens, and thanks the Government of Qatar for its help in securing their release. In exchange, the United States released two nephews of Venezuelan first lady Cilia Flores, who had been imprisoned on drug trafficking charges since 2017.

The Administration will continue working to secure the release of every American held hostage or wrongfully detained abroad.""",
[ev("release", "VEN", "USA", "08", ["080", "084", "0841"], ["2022-10-01", "2022-09", "2022-10"], None, "The Maduro government released the men"),
 ev("delegation", "USA", "VEN", "04", ["040", "042", "043"], ["2022-03", "2022-06"], "VEN", "a U.S. delegation that traveled to Caracas in March and again in June", opt=True, also=["03"]),
 ev("detained", "VEN", "USA", "17", ["170", "173"], ["2017", "2018", "2019", "2020", "2021", "2022"], "VEN", "seven Americans who had been wrongfully detained in Venezuela", opt=True),
 ev("thank-qatar", "USA", "QAT", "05", ["050", "051"], ["2022-10-01"], None, "thanks the Government of Qatar for its help"),
 ev("qatar-help", "QAT", "VEN", "04", ["040", "045"], ["2022"], None, "its help in securing their release", opt=True),
 ev("us-release", "USA", "VEN", "08", ["080", "084", "0841"], ["2022-10-01", "2022-09", "2022-10"], None, "the United States released two nephews of Venezuelan first lady Cilia Flores")])

# ---------------- part B ----------------
art("b", "blinken-call-saudi-faisal", SD, "2021-10-04", "Secretary Blinken's Call with Saudi Foreign Minister Prince Faisal",
"""The following is attributable to Spokesperson Ned Price:

Secretary Antony J. Blinken spoke today with Saudi Foreign Minister Prince Faisal bin Farhan. The Secretary and the Foreign Minister discussed efforts to end the conflict in Yemen, and the Secretary condemned the Houthis' continued missile and drone attacks on Saudi territory, including Friday's strike on Jazan airport. He welcomed the Kingdom's support for the UN Special Envoy and urged Riyadh to ease restrictions on fuel imports into Hudaydah.

The Secretary also raised the importance of human rights, and the two agreed to expand bilateral cooperation on clean energy. The Secretary looks forward to welcoming the Foreign Minister to Washington later this year.""",
[ev("call", "USA", "SAU", "04", ["040", "041"], ["2021-10-04"], None, "Secretary Antony J. Blinken spoke today with Saudi Foreign Minister Prince Faisal bin Farhan"),
 ev("condemn", "USA", "YEM", "11", ["110", "111"], ["2021-10-04"], None, "the Secretary condemned the Houthis' continued missile and drone attacks on Saudi territory"),
 ev("attacks", "YEM", "SAU", "19", ["190", "195"], ["2021-10-01", "2021"], "SAU", "the Houthis' continued missile and drone attacks on Saudi territory, including Friday's strike on Jazan airport", also=["18"]),
 ev("welcome", "USA", "SAU", "05", ["050"], ["2021-10-04"], None, "He welcomed the Kingdom's support for the UN Special Envoy"),
 ev("urge", "USA", "SAU", "02", ["020"], ["2021-10-04"], None, "urged Riyadh to ease restrictions on fuel imports into Hudaydah", also=["10"]),
 ev("clean-energy", "USA", "SAU", "03", ["030", "036"], ["2021-10-04"], None, "the two agreed to expand bilateral cooperation on clean energy", sym=True)])

art("b", "burma-sanctions-anniversary", SD, "2022-01-31", "Imposing Additional Sanctions on the Burmese Military Regime",
"""Press Statement
Antony J. Blinken, Secretary of State

On the eve of the first anniversary of the military coup in Burma, the United States, in coordination with the United Kingdom and Canada, is imposing sanctions on seven individuals and three entities connected to the military regime. Those designated include the regime's Attorney General and the chief of the Supreme Court, who have overseen the politically motivated prosecution of State Counsellor Aung San Suu Kyi.

Since the coup, security forces have killed more than 1,500 people and detained nearly 9,000. We condemn the regime's violence and call on it to release all those unjustly detained and to return Burma to the path of democracy. We will continue to support the people of Burma.""",
[ev("sanctions", "USA", "MMR", "16", ["160", "163"], ["2022-01-31"], None, "the United States ... is imposing sanctions on seven individuals and three entities", also=["17"]),
 ev("gbr", "GBR", "MMR", "16", ["160", "163"], ["2022-01-31"], None, "in coordination with the United Kingdom and Canada", opt=True),
 ev("prosecution", "MMR", "MMR", "17", ["170", "173"], ["2021", "2022"], "MMR", "the politically motivated prosecution of State Counsellor Aung San Suu Kyi"),
 ev("killed", "MMR", "MMR", "18", ["180", "183"], ["2021", "2022"], "MMR", "security forces have killed more than 1,500 people and detained nearly 9,000", also=["17", "19"]),
 ev("condemn", "USA", "MMR", "11", ["110", "111"], ["2022-01-31"], None, "We condemn the regime's violence"),
 ev("release", "USA", "MMR", "10", ["100", "1053"], ["2022-01-31"], None, "call on it to release all those unjustly detained", also=["02"]),
 ev("support", "USA", "MMR", "05", ["050"], ["2022-01-31"], None, "We will continue to support the people of Burma", opt=True, also=["03", "07"])])

art("b", "biden-draghi-meeting", WH, "2021-10-29", "Readout of President Biden's Meeting with Prime Minister Mario Draghi of Italy",
"""President Joseph R. Biden, Jr. met today with Prime Minister Mario Draghi of Italy in Rome ahead of the G20 Leaders' Summit. The President thanked the Prime Minister for Italy's leadership of the G20 this year and praised his government's work on a global minimum tax. The two leaders discussed the response to the COVID-19 pandemic and agreed to work together to expand vaccine production in Africa.

They also reviewed the situation in Libya and reaffirmed their support for elections there in December. The President and the Prime Minister committed to strengthen transatlantic cooperation on energy security. The President will attend the summit sessions on Saturday and Sunday.""",
[ev("meeting", "USA", "ITA", "04", ["040", "042", "043"], ["2021-10-29"], "ITA", "President Joseph R. Biden, Jr. met today with Prime Minister Mario Draghi of Italy in Rome", sym=True),
 ev("thank", "USA", "ITA", "05", ["050", "051"], ["2021-10-29"], None, "The President thanked the Prime Minister for Italy's leadership"),
 ev("vaccines", "USA", "ITA", "03", ["030", "036"], ["2021-10-29"], None, "agreed to work together to expand vaccine production in Africa", sym=True),
 ev("libya", "USA", "LBY", "05", ["050"], ["2021-10-29"], None, "reaffirmed their support for elections there in December", opt=True, also=["03"]),
 ev("energy", "USA", "ITA", "03", ["030"], ["2021-10-29"], None, "committed to strengthen transatlantic cooperation on energy security", sym=True)])

art("b", "houthi-attack-abu-dhabi", SD, "2022-01-17", "Condemning the Houthi Attack on Abu Dhabi",
"""Press Statement
Antony J. Blinken, Secretary of State

The United States strongly condemns today's terrorist attack by the Houthis on Abu Dhabi, which killed three civilians and injured six others. Drones struck fuel tanks near the city's airport and caused a fire at a construction site. The Houthis claimed responsibility and threatened further strikes on the United Arab Emirates.

Our commitment to the security of the UAE is unwavering. We will work with our Emirati partners and the international community to hold the Houthis accountable. We call on the Houthis to cease their escalatory actions and to engage in the UN-led peace process.""",
[ev("condemn", "USA", "YEM", "11", ["110", "111"], ["2022-01-17"], None, "The United States strongly condemns today's terrorist attack by the Houthis on Abu Dhabi"),
 ev("attack", "YEM", "ARE", "19", ["190", "195"], ["2022-01-17"], "ARE", "today's terrorist attack by the Houthis on Abu Dhabi", also=["18"]),
 ev("threat", "YEM", "ARE", "13", ["130", "138"], ["2022-01-17"], None, "threatened further strikes on the United Arab Emirates"),
 ev("commitment", "USA", "ARE", "03", ["030"], ["2022-01-17"], None, "Our commitment to the security of the UAE is unwavering", opt=True, also=["05"]),
 ev("call", "USA", "YEM", "02", ["020"], ["2022-01-17"], None, "We call on the Houthis to cease their escalatory actions", also=["10"])])

art("b", "sullivan-travel-israel", WH, "2021-12-20", "Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan's Travel to Israel",
"""National Security Advisor Jake Sullivan traveled to Israel and the West Bank this week, where he met Prime Minister Naftali Bennett in Jerusalem and Palestinian Authority President Mahmoud Abbas in Ramallah. In his meeting with Prime Minister Bennett, Mr. Sullivan reaffirmed the United States' ironclad commitment to Israel's security and discussed the threat posed by Iran's nuclear program.

With President Abbas, he underscored the Administration's support for a two-state solution and urged the Palestinian Authority to carry out reforms. He also met senior Israeli defense officials to review regional security cooperation. The visit follows the President's call with Prime Minister Bennett last month, in which the two leaders agreed to consult closely on Iran.""",
[ev("meet-bennett", "USA", "ISR", "04", ["040", "042", "043"], ["2021-12-20", "2021-12"], "ISR", "he met Prime Minister Naftali Bennett in Jerusalem", sym=True),
 ev("meet-abbas", "USA", "PSE", "04", ["040", "042", "043"], ["2021-12-20", "2021-12"], "PSE", "Palestinian Authority President Mahmoud Abbas in Ramallah", sym=True),
 ev("commitment", "USA", "ISR", "03", ["030"], ["2021-12-20", "2021-12"], None, "reaffirmed the United States' ironclad commitment to Israel's security", also=["05"]),
 ev("iran", "USA", "IRN", "11", ["110"], ["2021-12-20", "2021-12"], None, "the threat posed by Iran's nuclear program", opt=True),
 ev("urge-pa", "USA", "PSE", "02", ["020"], ["2021-12-20", "2021-12"], None, "urged the Palestinian Authority to carry out reforms", also=["10"]),
 ev("defense-officials", "USA", "ISR", "04", ["040"], ["2021-12-20", "2021-12"], "ISR", "He also met senior Israeli defense officials", opt=True),
 ev("call-nov", "USA", "ISR", "03", ["030", "036"], ["2021-11"], None, "the two leaders agreed to consult closely on Iran", opt=True, sym=True)])

write(OUT, ARTS, "probe16-gov16", "written for this probe by helper gov16 (own words)",
      "Probe government text written blind (gold before the coder ran), session 16. "
      "'today' = the publication date; U.S. actors USA. ")
