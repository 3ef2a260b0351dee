"""The spk10 quote-speaker probe sets (round 16); `python3 build.py` writes a/ and b/ (see ../quote_probes.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from quote_probes import QuoteProbes  # noqa: E402

PROBES = QuoteProbes(Path(__file__).parent, "spk10", 16)
art = PROBES.art

# ---------------------------------------------------------------- part A
art("a", "a01", "Amnesty accuses Ethiopian forces of killings in Tigray town", "2021-02-26", """
Amnesty International said on Friday that Eritrean troops fighting in Ethiopia's Tigray region had killed hundreds of civilians in the town of Axum in November.

The Ethiopian government has restricted access to the region, and the Eritrean information minister called the report "preposterous."

"The evidence is compelling and points to a chilling conclusion," the group said, calling for a United Nations-led investigation.
""", [("information minister", "called"), ("Amnesty International", "said")])

art("a", "a02", "Carmaker recalls vehicles over airbag fault", "2020-01-14", """
Toyota said on Tuesday it would recall about 3.4 million vehicles worldwide because their airbags might not inflate in a crash.

"We are not aware of any injuries linked to this condition," the company said in a statement. It added: "Owners will be notified by mail and repairs will be carried out free of charge."

The National Highway Traffic Safety Administration said it was reviewing the recall.
""", [("Toyota", "said"), ("Toyota", "added")])

art("a", "a03", "Secretary Blinken on the anniversary of the Rohingya crisis", "2021-08-25", """
Four years ago, Burma's military launched a brutal campaign against Rohingya communities in Rakhine State, forcing more than 740,000 people to flee to Bangladesh.

As I said when we announced new sanctions in March, "the United States will continue to promote justice and accountability for the people of Burma." We honor the victims and survivors today.

We call on the regime to release all those unjustly detained.

— Antony J. Blinken, Secretary of State
""", [("Antony J. Blinken", "said")])

art("a", "a04", "Press briefing by the State Department spokesperson", "2021-11-09", """
MR PRICE: Good afternoon. The Secretary spoke this morning with Kenyan President Uhuru Kenyatta about the situation in Ethiopia. He made clear that "there is no military solution to this conflict."

QUESTION: Ned, the Ethiopian foreign ministry said your envoy was "interfering in internal affairs." Do you have a response?

MR PRICE: Our envoy is there at the invitation of the parties.
""", [("Secretary", "made clear"), ("Ethiopian foreign ministry", "said")])

art("a", "a05", "Press gaggle aboard Air Force One", "2022-03-24", """
Press Gaggle by Principal Deputy Press Secretary Karine Jean-Pierre en route Brussels, Belgium

MS. JEAN-PIERRE: Hi, everybody. As the President said on Monday, "Putin's back is against the wall." He will meet with G7 leaders tomorrow.

Q Karine, the Kremlin spokesman said today that Russia would consider using nuclear weapons only if its existence was "under threat." Is that reassuring?

MS. JEAN-PIERRE: It is irresponsible rhetoric.
""", [("President", "said"), ("Kremlin spokesman", "said")])

art("a", "a06", "Greenpeace activists board oil tanker off Norway", "2019-06-18", """
Six activists from Greenpeace Nordic boarded an oil tanker off the Norwegian coast on Tuesday, unfurling a banner against Arctic drilling.

Norway's coast guard said the activists had put themselves at risk. The tanker's owner, Frontline, declined to comment.

"We will not stand by while the Arctic is sold off," the organisation said in a statement.
""", [("Greenpeace Nordic", "said")])

art("a", "a07", "Cyclone Idai toll rises in Mozambique", "2019-03-21", """
The death toll from Cyclone Idai in Mozambique rose to 242 on Thursday, Land and Environment Minister Celso Correia said.

"We are facing a humanitarian disaster of great proportions," said Correia, speaking in the port city of Beira.

The International Federation of Red Cross and Red Crescent Societies said 90 percent of Beira had been damaged. "The situation is terrible," it said.
""", [("Celso Correia", "said"), ("International Federation of Red Cross and Red Crescent Societies", "said")])

art("a", "a08", "Statement by President Biden on the passing of Madeleine Albright", "2022-03-23", """
Madeleine Albright was a force. She was a refugee who became America's first woman Secretary of State, and she never forgot where she came from.

When I last saw her two weeks ago, she told me, "Joe, we cannot let him win." I will miss her counsel.

Jill and I send our love to her daughters and grandchildren.

President Joseph R. Biden, Jr.
""", [("Madeleine Albright", "told")])

art("a", "a09", "Chilean police accused of eye injuries during protests", "2019-11-22", """
The National Human Rights Institute of Chile said on Friday that more than 230 protesters had suffered eye injuries from pellets fired by police during five weeks of demonstrations.

Carabineros General Director Mario Rozas announced a suspension of the use of pellets. "We have listened to the criticism," Rozas told a news conference.

The institute said the suspension came "too late for hundreds of young people." Interior Minister Gonzalo Blumel said the government backed the decision.
""", [("Mario Rozas", "told"), ("National Human Rights Institute", "said")])

art("a", "a10", "Union calls strike at German airports", "2020-01-10", """
The Verdi trade union called on Friday for a one-day strike of security staff at eight German airports, including Frankfurt and Munich.

"Our members have run out of patience," the union said. "The employers have not made a serious offer."

Lufthansa said it expected heavy disruption. The airports' employer association, BDLS, called the strike "completely disproportionate."
""", [("Verdi", "said"), ("Verdi", ""), ("BDLS", "called")])

art("a", "a11", "Hong Kong protesters surround police headquarters", "2019-06-21", """
Thousands of protesters surrounded police headquarters in Hong Kong on Friday, demanding the withdrawal of an extradition bill.

The Civil Human Rights Front, which organised earlier marches, said it supported the action. "The government has ignored millions of people," said Jimmy Sham, the group's convenor.

Police said the protest was "illegal" and urged people to leave.
""", [("Jimmy Sham", "said"), ("Police", "said")])

# ---------------------------------------------------------------- part B
art("b", "b01", "Oxfam warns of hunger in Yemen", "2020-07-09", """
Oxfam said on Thursday that the coronavirus pandemic could push millions more people in Yemen into hunger as remittances from abroad fall.

The Saudi-led coalition has blamed the Houthi rebels for blocking aid. "Famine is knocking on the door," the charity said.
""", [("Oxfam", "said")])

art("b", "b02", "Airline cuts flights after pilots' strike", "2019-09-09", """
British Airways said on Monday it had cancelled almost all its flights after pilots began a 48-hour strike over pay.

"We understand the frustration this causes our customers," the airline said. It added that passengers would be offered a refund.

The British Airline Pilots Association said the company could end the dispute "at any time."
""", [("British Airways", "said"), ("British Airline Pilots Association", "said")])

art("b", "b03", "Department Press Briefing", "2021-07-20", """
MR PRICE: The Secretary met today with Foreign Minister Sameh Shoukry of Egypt. He underscored that "a negotiated solution on the dam is the only path forward."

QUESTION: The Egyptian side said the talks had been "frank." Was there any progress?

MR PRICE: I will let the Egyptians characterize their position.
""", [("Secretary", "underscored"), ("Egyptian side", "said")])

art("b", "b04", "Rights group says Belarus holds hundreds of political prisoners", "2021-05-18", """
The Viasna human rights centre said on Tuesday that Belarus now held more than 400 political prisoners, including journalists and opposition figures.

President Alexander Lukashenko has dismissed such figures. "Every name on this list is a person taken from a family," the group said.
""", [("Viasna", "said")])


if __name__ == "__main__":
    PROBES.build()
