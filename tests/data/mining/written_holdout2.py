"""Hand-written items for the `holdout2` split (a second, blind holdout).

Written 2026-11-23 by a helper session that did not open any detector code, the dev/holdout item files
(written_dev.py, written_holdout.py, ukp_dev.py, ukp_holdout.py) or bench/RESULTS.md; only README.md (format and
label guidelines), build.py, scenario.py, ukp_selection.py and bench/mining_quality.py were read.  The dev
markers quoted in README.md ("ugh", "useless", "seriously?", "come on", "as I told you", "like I said", ...) are
deliberately not the phrasing used here; each item is worded on its own, in varied registers (terse lowercase,
typos, polite, non-native English, long messages).

THIS FILE IS HOLDOUT DATA.  Do not read it, or the `holdout2` items of labeled.jsonl, while developing or tuning
detectors.  It is evaluated once, for reported numbers.

Label codes: fr=frustration, co=correction, rs=restatement, rp=rephrase, pf=preference; "" = no signal.
Families are named h2-<phenomenon>-<style>; the whole file is one split.
"""

from scenario import F, S

H2 = "holdout2"

FAMILIES = [
    # ------------------------------------------------------------------ corrections of facts about the world
    F(
        "h2-correction-world",
        H2,
        S(
            "music",
            ["who composed the four seasons?", "The Four Seasons was composed by Johann Sebastian Bach around 1720, as a set of four violin concertos."],
            ("vivaldi wrote that, not bach", "co", "wrong composer; user names the right one with a contrast"),
            ("oh nice, which of the four is the most famous one?", "", "follow-up question, no rejection of the (wrong) answer"),
        ),
        S(
            "finance",
            ["When is the deadline to file my US federal taxes this year if I don't ask for an extension?", "For most individual filers, the federal income tax deadline is May 15."],
            ("Hmm, for individuals it's April 15 as far as I know. May 15 is a deadline for some nonprofits, I think.", "co", "hedged, but with a counter-assertion (April 15) about a factual error"),
        ),
        S(
            "cooking",
            ["at what temp does water boil at sea level in fahrenheit", "Water boils at 100 °F at sea level."],
            ("100 is celsius mate, in fahrenheit it's 212", "co", "factual error (wrong unit); right value given"),
        ),
        S(
            "education",
            ["When was the first Moon landing? It's for a slide in my presentation", "Apollo 11 landed on the Moon on July 20, 1971, with Neil Armstrong and Buzz Aldrin."],
            ("That's two years late, Apollo 11 was July 1969. 1971 would be one of the later missions.", "co", "wrong year, user gives the right one"),
            ("Perfect, and who stayed up in orbit while they walked around?", "", "new follow-up question; the user does not contest anything"),
        ),
        S(
            "coding",
            ["in python how do i get the last element of a list", "You can use my_list[len(my_list)] to get the last element."],
            ("that throws IndexError tho, indexes start at 0 so it'd be len-1. or just [-1]", "co", "broken code; explains why and gives the fix"),
        ),
        S(
            "health",
            ["Is ibuprofen the same thing as paracetamol? My pharmacist was too busy to ask", "Yes, ibuprofen and paracetamol are two names for the same drug."],
            ("They're definitely not the same. Paracetamol is acetaminophen, ibuprofen is an anti-inflammatory, it says so right on the leaflet.", "co", "factual error rejected with negation"),
        ),
        S(
            "sports",
            ["how many players has a football team on the field?", "A soccer team has 12 players on the field, including the goalkeeper."],
            ("is wrong, are 11 with the goalkeeper, not 12", "co", "non-native English; wrong number rejected, right one given"),
        ),
        S(
            "language learning",
            ["Is 'agua' masculine or feminine in Spanish?", "'Agua' is masculine, which is why you say 'el agua'."],
            ("wait, isn't it feminine? it's agua fría, not frío. the el is only there because of the stressed a sound", "co", "counter-assertion with evidence, partly phrased as a question"),
            ("ok. and 'mano'?", "", "new question reusing the pattern; no rejection"),
        ),
        S(
            "math",
            ["what is 15% of 240", "15% of 240 is 32."],
            ("hm 32? my calculator says 36", "co", "implicit correction: questions the value and gives a different result"),
        ),
        S(
            "gardening",
            ["When should I prune my hydrangeas? they're the mophead kind, I'm in Ohio", "Prune mophead hydrangeas hard in early spring, cutting every stem down to the ground."],
            ("mopheads flower on old wood though, if I cut everything in spring I lose all the blooms. all the guides I've seen say trim right after they finish flowering", "co", "factual error about pruning; right timing given"),
        ),
        S(
            "pets",
            ["can dogs eat grapes? my lab just stole a few off the counter", "Grapes are a healthy, low-calorie snack for dogs in moderation."],
            ("that's wrong, grapes are toxic for dogs, my vet told me last year. what do i do now??", "co", "explicit 'that's wrong'; the worried tone is about the dog, not annoyance at the assistant"),
        ),
        S(
            "finance",
            ["what's the most I can put into an ISA this tax year? (UK)", "The annual ISA allowance is £40,000."],
            ("actually it's £20k, isn't it? £40k sounds like the pension annual allowance.", "co", "counter-assertion with 'actually' and a tag question"),
        ),
        S(
            "calendar",
            ["what day of the week is christmas this year (2026)?", "December 25, 2026 falls on a Thursday."],
            ("my calendar has it on a friday", "co", "implicit correction by contrast with the user's calendar (Dec 25, 2026 is a Friday)"),
        ),
        S(
            "language learning",
            ["Translate 'I'm embarrassed' into Spanish", "'Estoy embarazada.'"],
            ("lol no, that means I'm pregnant 😂 it's 'me da vergüenza' or 'estoy avergonzada'", "co", "friendly tone, but the translation is explicitly rejected and fixed; no frustration"),
        ),
        S(
            "travel",
            ["how long is a US passport valid for adults", "An adult US passport is valid for 5 years."],
            ("10 for adults. 5 is for kids under 16", "co", "implicit correction: right value plus what the wrong value applies to"),
        ),
        S(
            "education",
            ["what's the acceleration due to gravity on the moon", "The Moon's surface gravity is about 9.8 m/s², the same as Earth's."],
            ("hmm that can't be right, that's earth's value. the moon is about a sixth of that, ~1.6 I think? we did this in class", "co", "rejects the value, gives the right one"),
        ),
        S(
            "devops",
            ["how do I list all docker containers including stopped ones", "Use `docker ps` to list all containers."],
            ("docker ps only shows running ones, you need -a for the stopped ones", "co", "incomplete/wrong command; user states why and the fix"),
        ),
        S(
            "fitness",
            ["roughly how many calories does a 5k run burn for someone who's 70kg", "Running 5 km at 70 kg burns roughly 3,500 calories."],
            ("3500?? that's about a pound of fat. should be more like 350", "co", "wrong value rejected, order of magnitude given"),
        ),
        S(
            "photography",
            ["does a lower f number mean more or less depth of field", "A lower f-number (like f/16) gives you a deeper depth of field, so more is in focus."],
            ("f/16 is a high f number though, and wide apertures give a shallower dof. I think you flipped it", "co", "names the error ('you flipped it')"),
        ),
        S(
            "spreadsheets",
            ["excel formula to count the cells in B2:B50 that say 'paid'", "=SUM(B2:B50=\"paid\")"],
            ("gives me #VALUE!. isn't this a COUNTIF job?", "co", "broken output plus the right function"),
        ),
        S(
            "work",
            ["client call at 9am New York time, what time is that for me in Berlin", "9am in New York is 9pm in Berlin."],
            ("wouldn't that be 3pm? berlin is six hours ahead, not twelve", "co", "counter-assertion with the reason"),
            ("perfect, can you also tell me what that is in Tokyo? my colleague joins from there", "", "new request; does not notice or contest the error"),
        ),
        S(
            "education",
            ["who mostly wrote the declaration of independence", "The Declaration of Independence was mainly written by Benjamin Franklin."],
            ("wasn't it mostly jefferson? franklin just did some edits", "co", "counter-assertion phrased as a question, with the role of the wrongly named person"),
        ),
        S(
            "cooking",
            ["convert 250 g of flour to cups", "250 g of flour is about 1 cup."],
            ("isn't it closer to 2 cups? one cup of flour is around 125g", "co", "counter-assertion with reasoning"),
        ),
        S(
            "math",
            ["What's the formula for the area of a trapezoid?", "The area of a trapezoid is (a + b) × h."],
            ("you forgot to divide by 2. kind of a big deal when my kid's homework gets graded", "fr co", "error named; 'kind of a big deal' is a negative evaluation of the answer"),
        ),
        S(
            "travel",
            ["when's the best time to go to Iceland for the northern lights", "The best time to see the northern lights in Iceland is June to August, when nights are long."],
            ("june to august is the midnight sun lol. are you just making stuff up?", "fr co", "error named; accusatory question directed at the assistant"),
        ),
        S(
            "cooking",
            ["how long should I boil an egg for a runny yolk", "Boil for 12 minutes for a perfectly runny yolk."],
            ("12 minutes is rock hard. there go my last two eggs, thanks a lot", "fr co", "wrong value; sarcastic 'thanks a lot' expresses annoyance"),
        ),
        S(
            "math",
            ["what's 17 x 24", "17 x 24 = 418."],
            ("how do you get basic multiplication wrong?? it's 408", "fr co", "complaint plus right value"),
        ),
    ),
    # ------------------------------------------------------------------ corrections of a misreading of the user
    F(
        "h2-correction-misread",
        H2,
        S(
            "cars",
            ["my car is a 2019 mazda 3, what oil should i use", "For the 2021 Mazda 3, Mazda recommends 0W-20 full synthetic oil, about 4.5 quarts with the filter."],
            ("it's a 2019. does that change anything?", "co rs", "implicit correction of the model year the user gave; restates it"),
        ),
        S(
            "calendar",
            ["can you help me lay out my week. meeting with Lena tuesday 10am, dentist thursday 3pm, gym mon/wed/fri evenings",
             "Here's your week: Monday gym (evening); Tuesday 10am dentist; Wednesday gym; Thursday 3pm meeting with Lena; Friday gym."],
            ("you swapped two of them. Tuesday is Lena, the dentist is Thursday", "co rs", "misreading; re-gives both appointments"),
            ("looks good! can you add 'pick up flowers' on friday before the gym?", "", "new request; user does not notice the swap"),
        ),
        S(
            "customer support",
            ["I want to return order #88213, the blender arrived cracked", "I've started a return for order #88231. You'll get a prepaid label by email."],
            ("The order number is 88213, the last two digits got flipped.", "co rs", "wrong order number; restates the right one"),
        ),
        S(
            "travel",
            ["Flying Lisbon to Porto on the 14th, what's the best way to get from Porto airport into the center?", "From Lisbon airport, the metro red line gets you to the city center in about 20 minutes."],
            ("I'm landing in Porto, not leaving from Lisbon", "co rs", "misread direction; user re-gives where they land"),
        ),
        S(
            "health",
            ["my son is 6 and weighs 20 kg, how much children's ibuprofen can he have", "For a child weighing 26 kg, the usual dose is 260 mg every 6-8 hours."],
            ("20 kg not 26", "co rs", "terse correction of a misread value the user gave"),
        ),
        S(
            "shopping",
            ["my sister's birthday is next week and she loves hiking, gift ideas under $50?", "Here are some gift ideas for your brother who loves hiking: a trekking pole set, a headlamp, ..."],
            ("sister!", "co rs", "one-word correction of the misread relation"),
        ),
        S(
            "work",
            ["Draft a short email to my manager Priya saying I'll be out Friday for a medical appointment", "Hi Priyanka, I wanted to let you know I'll be out on Monday for a medical appointment..."],
            ("Her name's Priya and it's Friday, not Monday", "co rs", "two misread details, both restated"),
            ("Great, could you make it a tiny bit more formal? She's quite old school.", "", "one-off style request for this email"),
        ),
        S(
            "travel",
            ["I arrive to Milano Centrale at 22:40, is there still train to Bergamo?", "Yes, trains from Milano Centrale to Brescia run until about midnight."],
            ("not Brescia, Bergamo. is different city", "co rs", "non-native English; wrong city rejected, right one restated"),
        ),
        S(
            "customer support",
            ["my internet plan is the 500 Mbps one and I'm only getting 40, what can I do", "Since you're on the 50 Mbps plan, 40 Mbps is within the expected range."],
            ("It's the 500 plan. fifty was my old one before I upgraded in March.", "co rs", "misread plan; restates 500"),
        ),
        S(
            "shopping",
            ["looking for running shoes, I'm a women's US 8.5, wide feet", "Here are some options in men's US 8.5 wide: Brooks Ghost 15, New Balance 880..."],
            ("womens. W O M E N S", "fr co rs", "spelled-out shouting (exasperation); misread category restated"),
        ),
        S(
            "tech support",
            ["how do i take a screenshot of just one window on my macbook", "Press Alt + PrtScn to capture the active window on Windows."],
            ("I'm on a mac though", "co rs pf", "contrast ('though') rejects the Windows answer; restates the platform (lasting fact: rs + pf)"),
        ),
        S(
            "cooking",
            ["all I have is a slow cooker and a two-ring hob, no oven. any idea for pulled pork?", "Preheat the oven to 150°C and roast the pork shoulder for 5 hours, covered."],
            ("there is no oven in my flat, slow cooker and hob only, that was the whole point of the question", "co rs pf", "assumption contradicts the user; restated equipment (lasting)"),
        ),
        S(
            "health",
            ["is it ok to take my thyroid pill with breakfast", "Since you take metformin, taking it with breakfast is actually recommended to reduce stomach upset."],
            ("it's levothyroxine, not metformin", "co rs pf", "wrong medication; restates the one from the earlier session (lasting health fact)"),
            earlier=[["I take levothyroxine every morning, can I have coffee with it?", "It's best to wait 30-60 minutes after taking levothyroxine before coffee, since coffee can reduce absorption."]],
        ),
        S(
            "cooking",
            ["pesto recipe pls", "Classic basil pesto: basil, pine nuts, parmesan, garlic, olive oil. For extra richness add a handful of walnuts."],
            ("walnuts would put me in hospital, tree nut allergy. pine nuts I tolerate fine though", "co rs pf", "suggestion contradicts the allergy given in an earlier session; restated lasting fact"),
            earlier=[["any snack ideas for work? I'm allergic to tree nuts btw", "Sure, here are some nut-free snacks: roasted chickpeas, rice cakes with hummus, cheese and crackers, fruit."]],
        ),
        S(
            "fitness",
            ["I want a 3-day workout plan. I can only train Mon, Wed, Fri and I've got dumbbells at home, no gym", "Here's your plan! Day 1 (Monday): barbell back squats 4x8 at the gym, lat pulldown 3x10..."],
            ("home only, dumbbells. there's no gym membership", "co rs pf", "plan contradicts the user's equipment; restated lasting circumstance"),
        ),
        S(
            "local",
            ["any climbing gyms worth trying?", "In Leeds, try The Depot or the Leeds Wall, both have good bouldering."],
            ("I've moved to Glasgow since we last talked, so Glasgow ones please", "co pf", "outdated fact about the user rejected; moving is a lasting fact (new, so no restatement)"),
            ("nice, is the depot good for total beginners?", "", "follow-up question about the suggestion"),
            earlier=[["I'm in Leeds, any good bouldering spots?", "The Depot and the Leeds Wall are both popular for bouldering."]],
        ),
        S(
            "shopping",
            ["ok I'm ready to pick a laptop, which should I get?", "Here are three great options: MacBook Pro 14 (€2,199), Dell XPS 15 (€1,899), ThinkPad X1 Carbon (€1,750)."],
            ("those are all way over my 900 euro budget from our last chat", "co rs", "suggestions contradict the budget from an earlier session; budget restated (a task parameter, not a lasting preference)"),
            earlier=[["thinking about a new laptop for uni, budget is 900 euros max", "Good budget for a solid student laptop! When you're ready to choose, I can compare a few models."]],
        ),
        S(
            "cooking",
            ["hi, i need a birthday cake recipe for my daughter, she's allergic to eggs", "Here's a classic chocolate cake! Ingredients: 200g flour, 3 eggs, 180g sugar..."],
            ("she can't have eggs, it's an allergy", "co rs pf", "recipe contradicts the allergy given in the first message; household health fact restated"),
        ),
        S(
            "food",
            ["something quick for lunch?", "Try a Greek yogurt bowl with honey and granola!"],
            ("yogurt and honey are both out for me, still vegan", "co rs pf", "suggestion contradicts the diet from an earlier session; restated"),
            earlier=[["I'm vegan, can you give me a protein-rich breakfast?", "Sure: tofu scramble with spinach, or overnight oats with soy milk and peanut butter."]],
        ),
        S(
            "home",
            ["what's the best way to reheat leftover rice", "Microwave it with a splash of water, covered, for 1-2 minutes until steaming."],
            ("we don't have a microwave and never have, just the hob and a little toaster oven", "co pf", "assumption contradicts the user; new lasting fact about equipment"),
        ),
    ),
    # ------------------------------------------------------------------ correction + rephrase (wrong thing delivered, asked again)
    F(
        "h2-correction-rephrase",
        H2,
        S(
            "weather",
            ["whats 30 degrees fahrenheit in celsius", "30 °C is 86 °F."],
            ("that's the other direction, I need 30F in C", "co rp", "names the wrong conversion and re-asks"),
        ),
        S(
            "coding",
            ["how do I read a file line by line in Go", "In Python: with open('f.txt') as f:\n    for line in f:\n        print(line)"],
            ("thats python. go please (golang)", "co rp", "names the wrong language and re-asks"),
        ),
        S(
            "travel",
            ["walking route from the Louvre to Notre Dame?", "Head west along the Seine past the Place de la Concorde, and you'll reach the Eiffel Tower in about 40 minutes."],
            ("the eiffel tower is the other way, I want notre dame", "co rp", "wrong destination named; request repeated"),
        ),
        S(
            "data",
            ["SQL: how do I get the second highest salary from the employees table", "SELECT MAX(salary) FROM employees;"],
            ("that gives the highest one. I need the second highest", "co rp", "names what the answer does instead; re-asks"),
        ),
        S(
            "data",
            ["pandas: how to drop rows where column 'age' is NaN", "df.dropna(axis=1, subset=['age'])"],
            ("axis=1 drops columns, doesn't it? the question was about rows", "co rp", "asserts the code does the wrong thing; re-states the request"),
        ),
        S(
            "coding",
            ["how to deep copy an object in javascript", "You can use the spread operator: const copy = {...obj};"],
            ("spread only makes a shallow copy, nested objects are still shared. I need a real deep one", "co rp", "factual error about the code; asks again for a deep copy"),
        ),
        S(
            "parenting",
            ["my 3 year old refuses to nap now, is it normal to drop naps at this age?", "Here's a calming bedtime routine: bath, pyjamas, two books, lights out at 7:30."],
            ("that's bedtime, I'm asking about the afternoon nap. normal to stop at 3?", "co rp", "names the misunderstanding and re-asks"),
        ),
        S(
            "fitness",
            ["please how I can cancel my subscription of the gym app, not pause, cancel", "You can pause your membership for up to 3 months from Settings > Membership > Pause."],
            ("I don't want pause, I want cancel it complete. how?", "co rp", "non-native English; rejects the misreading (pause) and re-asks"),
        ),
    ),
    # ------------------------------------------------------------------ rephrase: the answer missed the request
    F(
        "h2-rephrase-missed",
        H2,
        S(
            "coding",
            ["how do i undo git add for one file", "Git is a distributed version control system. To undo changes you can use git reset, git revert or git checkout depending on the situation, each with different trade-offs..."],
            ("right, but specifically: unstaging one single file I added by mistake, what's the command", "rp", "narrower re-ask after a generic answer"),
        ),
        S(
            "travel",
            ["do I need a visa for Vietnam on a Polish passport, staying 10 days", "Vietnam is a beautiful country! Top things to do include Ha Long Bay, Hoi An old town and the Mekong Delta."],
            ("ok but the visa part? polish passport, 10 days", "rp", "re-asks the ignored question; parameters inside the re-ask are not a restatement"),
        ),
        S(
            "cooking",
            ["how long do I rest a steak after searing", "For a perfect sear, pat the steak dry, season generously, and use a very hot cast-iron pan with a high smoke point oil."],
            ("how many minutes should it sit before I cut it though", "rp", "paraphrased re-ask"),
        ),
        S(
            "language learning",
            ["can you correct the grammar in this: 'Yesterday I have went to the shop and buyed bread.'", "Sounds like you had a productive day! Bread is a great staple to have at home."],
            ("I need the sentence corrected please, the grammar in it", "rp", "re-asks the ignored request"),
        ),
        S(
            "finance",
            ["what's the difference between a Roth IRA and a traditional IRA in terms of taxes", "Both are individual retirement accounts. You can open one at most brokerages, like Fidelity, Vanguard or Schwab."],
            ("the tax difference is what I'm after. when do I pay tax on each one", "rp", "narrower re-ask"),
        ),
        S(
            "shopping",
            ["Can you recommend a budget mechanical keyboard under $60, and does it work with Mac?", "Sure! The Keychron C1 ($49) and Royal Kludge RK61 ($45) are popular budget picks.",
             "which one is quieter?", "The Keychron C1 with red switches is quieter than the RK61 with blue switches."],
            ("cool. still wondering about the mac compatibility though", "rp", "re-asks part of the first request two turns later"),
            ("cool, and whose warranty is longer?", "", "new follow-up question, not a repeat"),
        ),
        S(
            "customer support",
            ["what's the return window for the Dyson V8 I bought from you?", "The Dyson V8 offers up to 40 minutes of run time and a hygienic point-and-shoot bin."],
            ("return window. how many days do I have", "rp", "terse re-ask"),
        ),
        S(
            "local",
            ["what time does the pharmacy on king street close on sundays", "Pharmacies often have varying hours; many offer 24-hour services in larger cities."],
            ("what time does the pharmacy on king street close on sundays", "rp", "verbatim repeat"),
        ),
        S(
            "cooking",
            ["give me a vegetarian lasagne recipe WITHOUT ricotta", "Classic vegetarian lasagne: layers of pasta, marinara, spinach, and a ricotta-and-egg mixture topped with mozzarella."],
            ("without ricotta please, I can't find it around here", "rp", "repeats the ignored constraint; no explicit rejection of an item as wrong (could be read as correction)"),
        ),
        S(
            "cooking",
            ["how do I make my sourdough more sour", "Sourdough is a naturally leavened bread that dates back thousands of years, possibly to ancient Egypt."],
            ("I mean technique. what do I change so the bread comes out tangier?", "rp", "'I mean' here clarifies the original request after an off-target answer, not a self-correction"),
        ),
        S(
            "travel",
            ["I'm planning a trip to Kyoto in April. Do I need to book cherry blossom spots in advance, and what's a good area to stay?", "Great choice! Gion and Higashiyama are lovely areas to stay, close to temples and restaurants.",
             "is gion expensive?", "Gion tends to be pricier; the Kyoto Station area is more budget-friendly and very convenient."],
            ("ok. back to the cherry blossom question, do the viewing spots need booking?", "rp", "re-asks the ignored half of the first request after an intervening exchange"),
        ),
        S(
            "customer support",
            ["I was charged twice for order 5521, can you refund the duplicate?", "Thank you for contacting us! Your order 5521 has shipped and should arrive in 3-5 business days."],
            ("The issue is the double charge on my card. Can the duplicate be refunded?", "rp", "polite re-ask"),
        ),
        S(
            "health",
            ["can I take cetirizine and ibuprofen together", "Cetirizine is a second-generation antihistamine used for hay fever, hives and other allergy symptoms."],
            ("sorry if that was unclear, I meant is it safe to combine the two", "rp", "user takes the blame but re-asks the same question (not a self-correction: the request did not change)"),
        ),
        S(
            "language learning",
            ["how do you say 'I'm looking forward to it' in Japanese", "Japanese uses three writing systems: hiragana, katakana and kanji, and kanji came from Chinese characters."],
            ("just the phrase please, 'looking forward to it'", "rp", "re-ask after an off-target answer"),
        ),
        S(
            "fitness",
            ["what's a good beginner pull-up progression, I can't do a single one yet", "Pull-ups work the lats, biceps and rear delts, which makes them a great compound exercise."],
            ("yeah but how do I get from zero to one pull-up, step by step", "rp", "paraphrased re-ask"),
        ),
        S(
            "home",
            ["how do I bleed a radiator", "Radiators can be cast iron, steel panel or aluminium, and each heats up at a different rate."],
            ("I meant the actual steps for bleeding it", "rp", "'I meant' restates the original request; not a self-correction"),
        ),
        S(
            "math",
            ["solve for x: 3x + 7 = 22, and show the steps please", "x = 5"],
            ("can you show the steps? I need to understand it for the test", "rp", "re-asks the ignored part of the request"),
            ("ty! next one: 5x - 3 = 2x + 9", "", "new problem with similar wording"),
        ),
        S(
            "music",
            ["chords for wonderwall in standard tuning without capo?", "Wonderwall by Oasis was released in 1995 on the album (What's the Story) Morning Glory."],
            ("the chords tho", "rp", "terse re-ask"),
        ),
        S(
            "gardening",
            ["why are the leaves on my tomato plants turning yellow from the bottom up", "Tomatoes are warm-season crops that need 6-8 hours of sun a day. Popular varieties include Roma and Cherokee Purple."],
            ("right, so what's causing the yellowing at the bottom? too much water? not enough nitrogen?", "rp", "narrower re-ask with candidate causes"),
        ),
        S(
            "travel",
            ["Could you tell me whether Alhambra tickets need to be booked in advance in July?", "The Alhambra is a palace and fortress complex in Granada, built mainly by the Nasrid dynasty in the 13th and 14th centuries."],
            ("Thank you, that's interesting, but do I need to book the tickets ahead of time for July?", "rp", "polite re-ask"),
        ),
        S(
            "shopping",
            ["do you ship to Canada and how much does it cost", "Yes, we ship to Canada!"],
            ("and the cost?", "rp", "looks like a follow-up but re-asks the ignored half of the request"),
        ),
        S(
            "work",
            ["Summarize this meeting transcript in 5 bullets and list the action items with owners: [transcript pasted]", "Summary:\n- Q3 launch moved to Oct 3\n- Budget approved\n- Hiring freeze lifted\n- New QA vendor\n- Offsite in Lisbon",
             "can you make bullet 3 more specific?", "- Hiring freeze lifted for engineering and support roles, effective next month"],
            ("thanks. the action items with owners are still missing", "rp", "points out the missing part of the first request, several turns later (neutral tone)"),
        ),
        S(
            "admin",
            ["which documents I need for renew my residence permit in Germany? Blue Card", "Germany offers several residence permits, including the EU Blue Card, which is for highly qualified workers with a university degree."],
            ("I have already the blue card. Question is which documents for the renewal", "rp", "non-native English; re-asks"),
        ),
        S(
            "tech support",
            ["how do i change the default shell to zsh ON UBUNTU not mac", "On macOS Catalina and later, zsh is already the default shell, so there's nothing to change."],
            ("the ubuntu way please", "rp", "re-asks for the platform from the request"),
        ),
        S(
            "pets",
            ["my cat keeps peeing outside the litter box, she's 12, what could cause it", "Here are some tips for choosing a litter box: go for a large, uncovered box and unscented litter."],
            ("what could be causing it though, could it be something medical?", "rp", "re-asks the cause question"),
        ),
        S(
            "cooking",
            ["can you scale this to 6 servings: 200g spaghetti, 2 eggs, 50g pecorino, 100g guanciale (serves 2)", "Carbonara is a Roman dish; authentic versions use guanciale and pecorino and never cream."],
            ("for 6 people, what are the amounts", "rp", "re-asks the ignored scaling request"),
        ),
        S(
            "work",
            ["make this email sound less passive-aggressive: 'As I already mentioned in my last email, the report was due Friday.'", "Here's a more formal version: 'As previously stated in my prior correspondence, the report was due on Friday.'"],
            ("could you try again but warmer? more like a friendly nudge", "rp", "asks again for the original goal (the quoted text in the request is not the user's reaction)"),
        ),
        S(
            "cooking",
            ["What's the best way to store fresh basil, and can I freeze it?", "Store basil like flowers: trim the stems and put them in a glass of water at room temperature.",
             "should I cover it with a bag?", "A loose plastic bag over the top keeps it humid; just don't seal it."],
            ("good tip. and freezing, does that work for basil?", "rp", "re-asks the ignored second question later in the session"),
        ),
        S(
            "cars",
            ["my check engine light is flashing, is it safe to drive to work 30 miles away?", "A check engine light can mean many things, from a loose gas cap to a faulty oxygen sensor. An OBD-II scanner can read the code."],
            ("it's flashing though. can I drive the 30 miles on it or not", "rp", "re-asks with emphasis on the detail the answer ignored"),
        ),
        S(
            "cars",
            ["Does the 2024 Honda CR-V hybrid have a spare tire?", "The 2024 CR-V Hybrid gets an EPA-estimated 43 mpg city and 36 highway.",
             "what about cargo space", "It offers 36.3 cubic feet behind the rear seats."],
            ("Does the 2024 CR-V hybrid come with a spare tire?", "rp", "near-verbatim repeat two turns later"),
            ("ok, and is the hybrid AWD by default?", "", "another new question in the same area"),
        ),
        S(
            "language learning",
            ["translate to french: 'please leave the package with the neighbour'", "'Please leave the package with the neighbour' is a polite and clear sentence, good choice of words."],
            ("in french please", "rp", "short re-ask"),
        ),
        S(
            "finance",
            ["I make 3200/month after tax. how should I split it with 50/30/20?", "The 50/30/20 rule divides income into needs (50%), wants (30%) and savings (20%). It was popularized by Elizabeth Warren."],
            ("ok but with my actual number, 3200", "rp", "asks for the computation again; the repeated number is a parameter of the re-ask"),
        ),
        S(
            "finance",
            ["is there a penalty for paying off my car loan early? it's with Chase", "Paying off a car loan early can save you interest and free up monthly cash flow."],
            ("sure, but is there a penalty fee with chase specifically?", "rp", "narrower re-ask"),
        ),
        S(
            "data",
            ["matplotlib: how do I rotate the x axis labels 45 degrees", "You can set a title with plt.title('My chart') and axis labels with plt.xlabel() and plt.ylabel()."],
            ("rotation of the x tick labels, 45°", "rp", "terse re-ask"),
        ),
        S(
            "home",
            ["my Bosch dishwasher shows E15, what does that mean", "Bosch dishwashers are known for quiet operation and good energy efficiency."],
            ("E15 error code. meaning?", "rp", "terse re-ask"),
        ),
    ),
    # ------------------------------------------------------------------ frustration at the assistant
    F(
        "h2-frustration",
        H2,
        S(
            "coding",
            ["how do I stop vs code from auto-formatting on save for markdown files only", "To disable format on save, go to Settings and uncheck Editor: Format On Save.",
             "only for markdown though", "You can disable format on save by unchecking Editor: Format On Save in Settings."],
            ("you just pasted the same answer again. markdown only!!", "fr rp", "complaint about a repeated answer; the request is repeated"),
        ),
        S(
            "books",
            ["recommend me a sci-fi book, not Dune, I've read it", "You should try Dune by Frank Herbert, a sci-fi classic!"],
            ("wow. literally the one book I excluded 🙄", "fr co", "sarcastic complaint naming the wrong suggestion"),
        ),
        S(
            "weather",
            ["what's the weather in Oslo this weekend", "I'm sorry, I can't provide real-time weather data. Please check a weather service.",
             "can you at least tell me what's typical for late november?", "I'm sorry, I can't provide real-time weather data. Please check a weather service."],
            ("you're a broken record. typical weather for late november, is that in there somewhere or not", "fr rp", "complaint plus re-ask"),
        ),
        S(
            "customer support",
            ["I've told my bank's chatbot three times that I need a replacement card, help me write a complaint", "I'm sorry to hear that! Have you tried contacting your bank?"],
            ("that's exactly what I'm doing, that's why I need the complaint letter. pointless answer honestly", "fr rp", "negative evaluation; re-states what is needed"),
            ("yes, I've tried them, they just loop me back to the chatbot. can you help me write it?", "rp", "no annoyance at the assistant; re-asks for the letter"),
        ),
        S(
            "travel",
            ["give me a 3-day itinerary for Rome, I use a wheelchair", "Day 1: climb the Spanish Steps and walk to the Trevi Fountain. Day 2: hike up Palatine Hill..."],
            ("did you even read my message? I use a wheelchair.", "fr rs pf", "complaint; restates a lasting fact (no explicit rejection of an item, so not correction)"),
        ),
        S(
            "language learning",
            ["what's the difference between 'affect' and 'effect', short answer", "Great question! English is full of tricky word pairs. Let's dive into the fascinating history of these two words, which both come from Latin: affectus and effectus... [six paragraphs]"],
            ("i said short. this is an essay", "fr rp", "format request repeated with a complaint"),
        ),
        S(
            "coding",
            ["fix this: for i in range(10) print(i)", "Here's the fix: for i in range(10) print(i)"],
            ("that's identical to what I gave you. you changed nothing", "fr co", "broken output; complaint"),
        ),
        S(
            "health",
            ["any tips to fall asleep faster? I work nights so I sleep during the day", "Try avoiding screens an hour before bed, keep a regular 10pm bedtime, and get morning sunlight."],
            ("bedtime at 10 and morning sun. brilliant advice, truly 🙄", "fr co", "sarcasm expressing annoyance; names the items that contradict the user's night work"),
        ),
        S(
            "tech support",
            ["how to export my contacts from an android phone to a csv", "To export contacts from your iPhone, open iCloud.com and select Contacts...",
             "android", "On iPhone, go to Settings > Contacts and tap Export."],
            ("ANDROID. are you doing this on purpose", "fr rp", "shouting and accusation; request repeated"),
        ),
        S(
            "work",
            ["can you check my cover letter for typos: 'I am writting to apply for the postion of data analyst at your company...'", "Your cover letter looks great! No typos found."],
            ("writting. postion. you missed both and they're in the first line. not great.", "fr co", "names the missed errors; negative evaluation"),
        ),
        S(
            "tech support",
            ["my printer says offline but it's connected to wifi, HP DeskJet 2700", "Try restarting the printer.",
             "did that already, still offline", "Try restarting the printer and your computer."],
            ("forget it, I'll call HP. this is going in circles", "fr", "gives up, complains"),
            ("restarted both, still offline. is there a way to check if it has the same IP as before?", "", "reports a result and asks a new, more specific question"),
        ),
        S(
            "work",
            ["I need a polite way to decline a wedding invitation from a coworker", "Here's a message: 'Hey! Thanks for the invite, but weddings aren't really my thing, so I'll pass.'"],
            ("that's the opposite of polite, I'd be mortified to send that", "fr", "negative evaluation of the output; no factual claim and no re-ask"),
        ),
        S(
            "tech support",
            ["ok so I've been trying to set up my kid's school email on the family ipad, the school uses google workspace, and it keeps saying 'account not found' even though I typed it exactly like the letter says", "To create a new Gmail account, go to accounts.google.com/signup and follow the steps."],
            ("no no I don't want a new account, the school already gave her one. I've spent an hour on this and you're sending me the wrong way, it's exhausting", "fr co", "repeated 'no', rejects the misreading, complains"),
        ),
        S(
            "news",
            ["Can you summarize this article in 3 sentences? [article about the EU AI Act]", "The article discusses the EU AI Act. It covers several things. It is important."],
            ("that tells me nothing. three sentences with actual content please", "fr rp", "negative evaluation; re-asks"),
        ),
        S(
            "travel",
            ["what's the best way to get from Heathrow to Paddington", "There are many ways to travel in London, including buses, trains and taxis."],
            ("such a non-answer. heathrow express or elizabeth line, which one", "fr rp", "complaint plus narrower re-ask"),
        ),
        S(
            "finance",
            ["which of my two quotes is cheaper over 5 years: A is £450/yr fixed, B is £380 the first year then rises 8% a year", "Both quotes have pros and cons. It depends on your needs and priorities."],
            ("omg just do the maths. it's a number question", "fr rp", "exasperation; re-asks for the computation"),
        ),
        S(
            "admin",
            ["How I write formal letter to landlord about broken heating? Please simple English", "Certainly! Below is a meticulously structured letter: 'Pursuant to the aforementioned tenancy agreement, I hereby formally notify you of a deficiency...'"],
            ("too difficult words, I don't understand this. I ask simple!! why always so complicated", "fr rp", "non-native English; complaint and repeated request"),
        ),
        S(
            "customer support",
            ["what's the tracking status of my parcel? order 99120", "I'm sorry, I can't help with that. Is there anything else I can help you with?",
             "order 99120, where is it", "I'm sorry, I can't help with that. Is there anything else I can help you with?"],
            ("is there an actual human I can talk to. this bot is hopeless", "fr", "negative evaluation, asks for escalation"),
        ),
        S(
            "work",
            ["turn this into bullet points: [paragraph about the onboarding process]", "Sure! Here's the paragraph rewritten: [the same paragraph, slightly reworded]"],
            ("where are the bullets? I wanted a LIST", "fr rp", "complaint with caps emphasis; re-asks"),
        ),
        S(
            "pets",
            ["what's a good name for a golden retriever puppy", "Here are some names: Max, Buddy, Charlie, Bella, Luna."],
            ("so generic. those are the top 5 on every list ever", "fr", "negative evaluation of the output, no correction"),
            ("haha our neighbour's dog is literally called Luna. any more unusual ones?", "", "friendly follow-up asking for more"),
        ),
        S(
            "cooking",
            ["why does my sourdough starter smell like nail polish remover", "Sourdough starters need regular feeding. Try feeding it once a day with equal parts flour and water."],
            ("I know how to feed it, that's not the question. whatever, I'll ask on reddit", "fr", "complaint and giving up; no re-ask"),
        ),
        S(
            "cooking",
            ["how many tablespoons in a quarter cup", "A quarter cup is a common measurement in baking recipes.",
             "how many tbsp is 1/4 cup?", "Measuring accurately is important, especially in baking!"],
            ("TABLESPOONS. IN A QUARTER CUP. A NUMBER.", "fr rp", "shouting, third time asking"),
        ),
        S(
            "writing",
            ["can you make the font bigger in this latex doc, only the section headings", "Here is your document with all text set to 14pt: \\documentclass[14pt]{article} ..."],
            ("why would I want everything bigger. headings. only.", "fr rp", "exasperated; re-states the request"),
        ),
        S(
            "tech support",
            ["im trying to reset my router password, TP-Link Archer C7", "Sure, which router model do you have?"],
            ("I literally wrote it in the message. archer c7.", "fr rs", "complaint about being asked again; re-gives the model"),
        ),
        S(
            "fitness",
            ["I'm 34, female, 62 kg, want to lose fat. how many calories a day?", "To calculate that, I'll need your age, sex and weight."],
            ("you have all three already, they're right there in my question", "fr", "complaint about being asked again; does not re-provide the values"),
            ("34, F, 62kg", "rs", "re-provides the values without comment"),
        ),
        S(
            "customer support",
            ["my order #7734 never arrived, it's been 3 weeks", "I'm sorry to hear that! Could you share your order number?",
             "7734", "Thanks! Could you please provide your order number so I can look into it?"],
            ("7734. how many more times", "fr rs", "restates the number with an annoyed remark"),
        ),
    ),
    # ------------------------------------------------------------------ restatement (same session and earlier sessions)
    F(
        "h2-restatement",
        H2,
        S(
            "travel",
            ["need a packing list for 5 days in Iceland in March, mostly hiking", "Happy to help! How long is your trip and what activities are you planning?"],
            ("five days, hiking mostly", "rs", "re-provides information from the first message"),
        ),
        S(
            "cars",
            ["what tyres would you recommend for winter?", "Sure! What car do you drive?"],
            ("same Golf as before, the 2016 TDI", "rs pf", "car from an earlier session (lasting fact about the user)"),
            earlier=[["I've got a 2016 Golf TDI, anything to know about the timing belt?", "On the 2016 Golf TDI the timing belt is usually due around 130,000 miles or 10 years, whichever comes first."]],
        ),
        S(
            "fitness",
            ["what should I eat before a long run tomorrow morning", "Good options are oatmeal with honey, a banana, or toast with jam. Any dietary considerations I should know about?"],
            ("Type 1 diabetes, we talked about it before, so I have to watch the carbs and my insulin timing", "rs pf", "restates a health fact from an earlier session"),
            earlier=[["I'm type 1 diabetic, can you suggest a post-run snack?", "Sure: Greek yogurt with berries or a small turkey sandwich; check your glucose after longer runs."]],
        ),
        S(
            "food",
            ["I'd like to book a table for 4 on Saturday at 7pm at Osteria Nonna", "Sure! How many guests, and what time?"],
            ("4 people, 7pm", "rs", "re-provides the party size and time"),
        ),
        S(
            "language learning",
            ["how do I say 'bus stop'?", "Sure! Are you learning Brazilian or European Portuguese?"],
            ("European, we sorted that out last session", "rs pf", "restates the variety chosen in an earlier session (standing language preference)"),
            earlier=[["I'm learning Portuguese, the European kind, not Brazilian. can you give me some greetings?", "Of course: 'Bom dia', 'Boa tarde', 'Olá, tudo bem?'..."]],
        ),
        S(
            "work",
            ["Invoice help: client Marlow & Sons, 12 hours at €85, due in 30 days", "Sure, I'll draft it. What's the hourly rate and how many hours?"],
            ("€85/h, 12 hours, same figures I opened with", "rs", "re-provides the values with a pointer to the first message; neutral"),
        ),
        S(
            "local",
            ["where can I buy good sourdough near me?", "I'd be happy to help! Which city are you in?"],
            ("Wellington", "rs pf", "location from an earlier session (lasting fact)"),
            earlier=[["I live in Wellington, what's a good weekend hike?", "The Southern Walkway or Mount Kaukau are great options close to town."]],
        ),
        S(
            "food",
            ["Please help me plan meals for the week. I'm cooking for 2, no pork, budget ~$80", "Great! Before I start, any dietary restrictions I should know about?"],
            ("just the no pork thing", "rs pf", "re-provides a lasting diet restriction"),
        ),
        S(
            "travel",
            ["my flight is BA287 tomorrow, will the strike affect it?", "Which airline and flight number are you flying?"],
            ("BA287", "rs", "re-provides the flight number"),
        ),
        S(
            "pets",
            ["I'm going away for 4 days, what should I sort out for my pets?", "Happy to help! What pets do you have?"],
            ("the two cats, Miso and Tofu", "rs pf", "household pets from an earlier session"),
            earlier=[["I've got two cats, Miso and Tofu, which houseplants are safe for them?", "Spider plants, Boston ferns and calatheas are non-toxic to cats; avoid lilies entirely."]],
        ),
        S(
            "shopping",
            ["What's the shipping time for SKU 44-B12 to Austria?", "Sure, what's the item number?"],
            ("44-B12", "rs", "re-provides the item number"),
        ),
        S(
            "business",
            ["help me name my bakery, it's in a small coastal town and we specialise in rye breads", "Fun! Tell me a bit about the bakery: where is it, and what do you specialise in?"],
            ("coastal town, rye breads mostly. it's all in what I wrote above", "rs", "re-provides both details with a neutral pointer"),
        ),
        S(
            "work",
            ["Can you translate my CV summary into German? I'm applying in Zurich", "Of course! Which language would you like it translated into?"],
            ("German", "rs", "re-provides the target language"),
        ),
        S(
            "events",
            ["Hi! Planning a surprise party for my husband's 40th on June 8, around 25 guests, backyard, and we'd love a taco bar", "How fun! When is the party and how many people are coming?"],
            ("June 8th, about 25 people 🙂", "rs", "friendly restatement of date and size"),
        ),
        S(
            "education",
            ["can you suggest a fun demo for my class", "Sure! What subject and grade do you teach?"],
            ("Chemistry, high school, grades 10 to 12", "rs pf", "restates the job from an earlier session (lasting fact)"),
            earlier=[["fyi I'm a high school chemistry teacher, can you help me write a lab safety quiz?", "Of course! Here's a 10-question lab safety quiz..."]],
        ),
        S(
            "travel",
            ["I need to get from Munich to Salzburg on Friday morning, 2 adults and a dog", "Trains run hourly and take about 1.5 hours. Would you like times?",
             "yes please, early ones", "Sure! How many travellers, and any pets?"],
            ("2 adults and a dog, same as before", "rs", "re-provides party details from the first message"),
        ),
        S(
            "fitness",
            ["how far is a half marathon", "A half marathon is 13.1 miles."],
            ("metric please, we set that up last time", "rs pf", "restates a standing units preference from an earlier session (arguably also rephrase)"),
            earlier=[["please use metric units with me, I'm in Ireland", "Noted, I'll use kilometres, kilos and Celsius."]],
        ),
        S(
            "events",
            ["can you help me write a toast for my brother Daniel's wedding, he's marrying Aisha, they met climbing", "Of course! What are the couple's names and how did they meet?"],
            ("Daniel and Aisha, they met at a climbing gym", "rs", "re-provides names and story"),
        ),
        S(
            "travel",
            ["best beaches within an hour's drive of Porto?", "I'd love to help! Where will you be starting from?"],
            ("from Porto city centre", "rs", "re-provides the starting point"),
        ),
        S(
            "home",
            ["I have a 10 year old Samsung TV (UE40ES6800), can I get Disney+ on it?", "Which TV model do you have?"],
            ("UE40ES6800, bought around 2013", "rs pf", "restates the TV model (household equipment) plus a detail"),
        ),
    ),
    # ------------------------------------------------------------------ new lasting preferences and durable facts
    F(
        "h2-preference",
        H2,
        S(
            "coding",
            ["explain what a mutex is", "A mutex (mutual exclusion) is a synchronization primitive that lets only one thread at a time enter a critical section. Example in Python: ..."],
            ("got it. going forward, code examples in Rust please, that's what I work in", "pf", "standing instruction about the language of examples"),
            ("could you show that same example in Rust?", "", "one-off request"),
        ),
        S(
            "cooking",
            ["what's a good substitute for buttermilk", "Mix 1 cup of milk with 1 tablespoon of lemon juice and let it sit for 5 minutes."],
            ("perfect. fyi dairy doesn't agree with me (lactose), so dairy-free swaps are generally more useful", "pf", "new lasting diet fact"),
        ),
        S(
            "news",
            ["summarize the main points of this article", "The article makes five points. First, ... [five paragraphs]"],
            ("thanks. generally I'd prefer bullet points over paragraphs, easier to skim on my phone", "pf", "lasting format preference"),
            ("can you do that as bullets this time? I need to paste it in slack", "", "one-off format request ('this time')"),
        ),
        S(
            "weather",
            ["what's the weather going to be like for hiking in the Lakes this weekend?", "Expect highs around 55°F and lows near 40°F, with some rain on Saturday."],
            ("could you stick to celsius with me? fahrenheit means nothing to me", "pf", "lasting units preference"),
        ),
        S(
            "fitness",
            ["help me plan workouts for next week", "Sure! Here's a 5-day plan starting Monday with a 6am run..."],
            ("I work 12-hour hospital shifts Tue/Thu/Sat, so those days are always out for training", "pf", "work schedule, new (not a correction: never mentioned before)"),
        ),
        S(
            "entertainment",
            ["any good podcasts for my commute?", "Here are some: The Daily, Serial, Radiolab, Freakonomics Radio."],
            ("I'm not a fan of true crime or news in general, I'm more into history and science stuff", "pf", "lasting likes and dislikes"),
        ),
        S(
            "coding",
            ["Explain the difference between TCP and UDP", "TCP is connection-oriented: it guarantees delivery and order... UDP is connectionless: faster, no guarantees..."],
            ("very clear, thanks! btw I'm a complete beginner at networking, so keep explaining at this level", "pf", "experience level plus standing instruction"),
        ),
        S(
            "work",
            ["write a short bio for my LinkedIn", "Sure! Here's a draft: 'John is a dynamic, results-driven professional passionate about leveraging synergies...'"],
            ("not your fault, but I really dislike buzzwordy language in general. keep whatever you draft for me plain", "pf", "lasting style preference; explicitly not blaming the assistant"),
        ),
        S(
            "cooking",
            ["give me a chicken curry recipe", "Here's a quick chicken tikka masala: ... 2 fresh green chillies, 1 tsp chilli powder..."],
            ("looks great. I'm a wimp with spice though, so always go mild for me", "pf", "lasting taste preference"),
            ("looks great. tonight I'll skip the chillies, my stomach's a bit off", "", "transient state, one-off change"),
        ),
        S(
            "language learning",
            ["Can you explain present perfect?", "The present perfect (have/has + past participle) is used for experiences, changes and unfinished periods..."],
            ("Thank you. Please when you explain grammar, give me also example in Italian, is my language, so I understand better", "pf", "non-native English; standing instruction and native language"),
        ),
        S(
            "coding",
            ["quick question, how do I center text in a div", "Use text-align: center; on the div, or display: flex with justify-content: center for block content."],
            ("thanks. for future reference we use Tailwind everywhere at my job, so Tailwind classes suit me better", "pf", "platform/tooling preference"),
        ),
        S(
            "entertainment",
            ["recommend a board game for game night", "Try Catan, Ticket to Ride or Codenames!"],
            ("it's nearly always just the two of us, me and my partner, so two-player games are what we need in general", "pf", "household fact"),
            ("it's only two of us tonight, do any of those work for two?", "", "one-off parameter ('tonight')"),
        ),
        S(
            "travel",
            ["how much should I tip in a restaurant in the US", "Typically 15-20% of the pre-tax bill for table service."],
            ("great. I moved to Chicago from Madrid in September, so expect a lot of these questions 😅", "pf", "moved: lasting circumstance"),
        ),
        S(
            "work",
            ["draft a reply to this customer complaint", "Dear valued customer, we sincerely apologize for the inconvenience caused..."],
            ("good. our brand voice is casual and we always address people by first name, please carry that into every draft you do for us", "pf", "standing instruction for future drafts"),
        ),
        S(
            "fitness",
            ["what's a good stretching routine after running", "Try: standing quad stretch, kneeling hip flexor stretch, seated hamstring stretch, pigeon pose..."],
            ("I've got a bad left knee (old ACL surgery), so kneeling stuff is off the table for me generally", "pf", "health fact, new; not a correction since never mentioned"),
        ),
        S(
            "finance",
            ["what's the best budgeting app", "Popular picks are YNAB, Monarch Money and Copilot."],
            ("I think Copilot is iPhone-only? just so you know, I'm android all the way", "pf", "platform; the Copilot remark is a question about the app, not a claim that the answer was wrong"),
        ),
        S(
            "travel",
            ["suggest a weekend getaway from London", "How about Bath, Brighton or the Cotswolds?"],
            ("we don't drive, so anywhere we go has to work by train. that's always the case for us", "pf", "lasting circumstance; Bath/Brighton are reachable, so not a correction"),
        ),
        S(
            "finance",
            ["explain what an ETF is", "An ETF (exchange-traded fund) is a basket of securities that trades on an exchange like a single stock."],
            ("can you answer in Spanish from here on? my English is ok but Spanish is easier for me", "pf", "standing language instruction"),
            ("can you say that last sentence in Spanish? I want to send it to my dad", "", "one-off translation"),
        ),
        S(
            "gardening",
            ["best way to water succulents?", "Water deeply every 1-2 weeks in summer and much less in winter, and give them plenty of direct sun."],
            ("I should mention my place gets almost no direct sun, north-facing flat. that'll matter for basically every plant question I ask", "pf", "durable circumstance"),
        ),
        S(
            "fitness",
            ["any tips for my first 10k race?", "🏃‍♀️ Great question! 💪 Start slow 🐢, fuel up 🍌, and enjoy it 🎉!"],
            ("could you drop the emojis in general? they distract me", "pf", "standing style instruction; mild, not a complaint"),
        ),
        S(
            "health",
            ["is it ok to drink coffee in the afternoon", "For most people caffeine's half-life is about 5 hours, so a 3pm coffee can still affect sleep."],
            ("I'm pregnant btw (22 weeks), so any health answers should account for that", "pf", "durable circumstance relevant to future help"),
        ),
    ),
    # ------------------------------------------------------------------ hard negatives
    F(
        "h2-negative-disagree",
        H2,
        S(
            "entertainment",
            ["which is the better film, Blade Runner or Blade Runner 2049?", "Many critics consider the original Blade Runner (1982) the stronger film for its influence and atmosphere."],
            ("hmm, I'd actually rank 2049 higher, the cinematography just wins for me", "", "opinion disagreement"),
        ),
        S(
            "food",
            ["is pineapple on pizza acceptable", "It's a matter of taste, but many Italians consider it a culinary crime!"],
            ("respectfully, the Italians are wrong on this one 🍍", "", "taste; 'wrong' about a third party's opinion"),
        ),
        S(
            "coding",
            ["should I learn React or Vue first", "React has the bigger job market, so I'd start there."],
            ("I see your point, but Vue's learning curve looks friendlier, so I'll start with Vue", "", "polite disagreement with a recommendation; a decision, not a correction"),
        ),
        S(
            "books",
            ["is The Great Gatsby overrated", "It's often considered one of the great American novels for its portrait of the Jazz Age."],
            ("I find it a bit hollow, to be honest, though I can see the appeal", "", "opinion"),
        ),
        S(
            "shopping",
            ["is it worth upgrading from an iPhone 13 to the 16", "For most people the 13 is still fine; the upgrade mainly gets you a better camera and battery."],
            ("fair, though the battery alone would justify it for me honestly", "", "opinion/judgement about value"),
        ),
        S(
            "education",
            ["what's the best way to learn touch typing", "I'd recommend keybr.com, it adapts to your weak letters."],
            ("I tried keybr and found it boring, to be honest. is monkeytype any good?", "", "experience with a suggested option plus a new question"),
        ),
        S(
            "travel",
            ["where should we go for our anniversary", "How about a weekend in Paris or a cabin in the Alps?"],
            ("not Paris, we went last year. tell me more about the cabin idea", "", "rejecting a proposed option, not a correction"),
        ),
        S(
            "health",
            ["is it true we only use 10% of our brain", "No, that's a myth: brain imaging shows we use virtually all of it."],
            ("really? where does the 10% thing come from then?", "", "curious question about the answer, no counter-assertion"),
        ),
        S(
            "science",
            ["is Pluto a planet", "Since 2006 the IAU has classified Pluto as a dwarf planet."],
            ("huh, really? what was the reason?", "", "surprised follow-up"),
        ),
        S(
            "food",
            ["how long do eggs last in the fridge", "Typically 3-5 weeks after purchase."],
            ("that long? huh, good to know", "", "surprise, no rejection"),
        ),
    ),
    F(
        "h2-negative-self-correction",
        H2,
        S(
            "food",
            ["book me a table for 6 on friday", "Done: table for 6 on Friday at 7pm at Lupa. Anything else?"],
            ("oops, sorry, I typed 6 but there are 8 of us, my fault. can you change it?", "", "self-correction of the user's own slip"),
        ),
        S(
            "math",
            ["convert 5 miles to km", "5 miles is about 8.05 km."],
            ("argh sorry, I meant 15 miles. fat fingers", "", "self-correction; annoyance at self"),
        ),
        S(
            "housing",
            ["email my landlord that rent will be late by 3 days", "Dear Mr. Okafor, I'm writing to let you know that this month's rent will be 3 days late..."],
            ("sorry, my mistake, it'll be 5 days late, not 3. could you update it?", "", "'not 3' but the wrong value was the user's own"),
        ),
        S(
            "travel",
            ["I need 3 nights in Seville from March 10", "Here are hotels in Seville for March 10-13: Hotel Amadeus, Casa 1800, Hotel Alfonso XIII."],
            ("sorry, wrong dates on my end, it's the 12th to the 15th. my bad", "", "self-correction of dates"),
        ),
        S(
            "travel",
            ["what's the best train route from Utrecht to Antwerp", "Take the IC to Rotterdam, then the Eurocity direct to Antwerp Centraal, about 2 hours in total."],
            ("wait, it should be from Amsterdam actually, I'll be there that morning. sorry!", "", "self-correction of the user's own request"),
        ),
        S(
            "coding",
            ["why does my code give 'undefined is not a function'", "It usually means you're calling something that isn't a function, often a typo in a method name. Can you share the line?"],
            ("oh god found it, I wrote .forEch instead of .forEach 🤦 my bad", "", "user's own typo; facepalm at self"),
        ),
    ),
    F(
        "h2-negative-quoted",
        H2,
        S(
            "customer support",
            ["Can you help me reply to a customer review?", "Sure, paste the review here."],
            ("here: 'Total garbage, broke after two days. And it's the wrong colour, I ordered navy and got black.'", "", "quoted review; not the user's reaction"),
        ),
        S(
            "language learning",
            ["hi, I've got a couple of Dutch questions", "Sure, go ahead!"],
            ("what does 'nee, dat klopt niet, je hebt het verkeerd begrepen' mean? my colleague wrote it in our team chat", "", "quoted text to translate"),
        ),
        S(
            "home",
            ["help me write a text to my roommate", "Sure, what do you want to say?"],
            ("something like 'you keep ignoring what I say about the dishes, I've brought it up three times now' but less harsh", "", "draft text for a third party; not about the assistant"),
        ),
        S(
            "work",
            ["my boss sent this, what does he mean? 'No, that's not what I asked for. Redo the deck with the Q3 numbers.'", "He's saying the deck has the wrong numbers and wants it redone with the Q3 figures."],
            ("ok, how do I reply without sounding defensive? something like 'sorry, I misunderstood'?", "", "quoted draft reply"),
        ),
        S(
            "work",
            ["how do I politely tell a client their figure is wrong", "You could say: 'Thanks for sending this over, I think there may be a small discrepancy in the total.'"],
            ("good. would 'I believe the correct figure is 4,200, not 4,700' be too blunt?", "", "quoted correction meant for the client"),
        ),
        S(
            "language learning",
            ["translate to english please", "Sure, send the text."],
            ("'Das ist falsch, ich habe dir doch gesagt, dass ich Vegetarierin bin!'", "", "to-be-translated text (contains a correction and a restatement in German)"),
        ),
    ),
    F(
        "h2-negative-friendly",
        H2,
        S(
            "cooking",
            ["what's a good dessert with lots of chocolate", "Try a triple-chocolate brownie: dark, milk and white chocolate, with a fudgy middle."],
            ("my dentist is going to hate you 😂 making these tonight", "", "friendly joke"),
        ),
        S(
            "fitness",
            ["what's a leg day routine for beginners", "Squats 3x10, lunges 3x10, Romanian deadlifts 3x10, calf raises 3x15."],
            ("stairs are going to be my enemy tomorrow lol. thanks!", "", "friendly complaint about the future, thanks"),
        ),
        S(
            "food",
            ["what wine goes with a cheese board", "A versatile pick is a dry Riesling or a light Pinot Noir."],
            ("great, now I'm hungry AND thirsty, thanks a lot 😄", "", "friendly sarcasm"),
        ),
        S(
            "cooking",
            ["name ideas for my sourdough starter", "How about Clint Yeastwood, Bread Pitt or Doughlores?"],
            ("Bread Pitt 😂😂 you're ridiculous, I love it", "", "affectionate teasing"),
        ),
        S(
            "admin",
            ["how do I renew my driving licence in the UK", "Online at gov.uk, it costs £14 and usually arrives within a week."],
            ("£14, what a bargain next to my passport 🙃 ok thanks", "", "sarcasm about prices, not the assistant"),
        ),
        S(
            "tech",
            ["explain blockchain like I'm 5", "Imagine a notebook that everyone in class has a copy of, and nobody can rub anything out..."],
            ("my actual 5 year old would still be lost but I got it 😄 thanks", "", "friendly teasing plus thanks"),
        ),
        S(
            "writing",
            ["my essay is 2,600 words and the limit is 2,000", "Try cutting repetition, merging examples and trimming the intro."],
            ("I hate my writing so much right now lol. ok, cutting the intro first", "", "negativity about own work"),
        ),
    ),
    F(
        "h2-negative-world-annoyance",
        H2,
        S(
            "housing",
            ["my landlord won't fix the mould in the bathroom, what are my rights in England?", "Landlords must keep the property fit for habitation under the Homes (Fitness for Human Habitation) Act 2018."],
            ("he's been ignoring my emails for six weeks, absolutely maddening. how do I escalate to the council?", "", "annoyance at the landlord"),
        ),
        S(
            "travel",
            ["my train from Leeds just got cancelled", "Sorry to hear that! Want me to check the next departures?"],
            ("yes please. Northern cancels yet again, must be the fourth since October", "", "annoyance at the rail company; 'yes' to an offer"),
        ),
        S(
            "work",
            ["thanks, the regex works now", "Glad it worked!"],
            ("next thing: my boss calls our error logging 'a disaster', any good libraries for structured logging in node?", "", "topic change with quoted negativity"),
        ),
        S(
            "tech support",
            ["my laptop fan is really loud since the update", "That's often a background indexing or update process. Check Task Manager for anything using a lot of CPU."],
            ("found it, some antivirus scan hogging 90%. that software is such a pain. can I schedule it for night time?", "", "annoyance at third-party software, new question"),
        ),
    ),
    F(
        "h2-negative-followup",
        H2,
        S(
            "language learning",
            ["how do I say 'thank you very much' in Korean", "감사합니다 (gamsahamnida), formal and polite."],
            ("and 'you're welcome'?", "", "new follow-up with similar form"),
        ),
        S(
            "travel",
            ["how much is a monthly Travelcard for zones 1-2", "A monthly zones 1-2 Travelcard costs roughly £180."],
            ("and for zones 1-3?", "", "same question for a different value"),
        ),
        S(
            "coding",
            ["python: how do I sort a list of dicts by the 'date' key", "sorted(items, key=lambda d: d['date'])"],
            ("works! how do I sort by 'date' descending and then by 'name'?", "", "extension of the request after a good answer"),
        ),
        S(
            "language learning",
            ["what's the plural of 'cactus'", "Both 'cacti' and 'cactuses' are accepted."],
            ("ok what about octopus, same deal?", "", "new word, similar question"),
        ),
        S(
            "travel",
            ["what's the time difference between Sydney and LA", "Sydney is currently 19 hours ahead of Los Angeles (Australian daylight saving time)."],
            ("and between Sydney and London?", "", "new pair"),
        ),
        S(
            "writing",
            ["write a haiku about autumn", "Crimson leaves descend / whispering to the cold ground / summer's last goodbye"],
            ("lovely. one about winter next?", "", "new request with similar wording"),
        ),
        S(
            "food",
            ["find me vegan restaurants open after 11pm near Shoreditch", "I couldn't find any vegan restaurants open after 11pm near Shoreditch."],
            ("what about vegetarian-friendly places, not strictly vegan?", "", "variant search after no results"),
        ),
        S(
            "finance",
            ["quick one, remind me of the ISA allowance?", "It's £20,000 for the current tax year."],
            ("thanks, and does a Lifetime ISA count towards that?", "", "follow-up"),
            earlier=[["what's the ISA allowance?", "£20,000 per tax year."]],
        ),
        S(
            "health",
            ["hey", "Hi! How can I help today?"],
            ("how much fibre per day is recommended again? I forgot", "", "re-asking a question answered fine in an earlier session: neither rephrase nor restatement"),
            earlier=[["how many grams of fibre should I eat a day", "Around 25-30 g a day for adults."]],
        ),
        S(
            "coding",
            ["what does 'idempotent' mean for an API", "An idempotent operation gives the same result no matter how many times you repeat it, e.g. PUT or DELETE."],
            ("so POST isn't idempotent then?", "", "clarifying question"),
        ),
        S(
            "writing",
            ["how do I cite a website in APA 7", "Author, A. A. (Year, Month Day). Title of page. Site Name. URL"],
            ("what if there's no author listed?", "", "follow-up edge case"),
        ),
        S(
            "fitness",
            ["what's a good interval session", "Try 6 x 400m at 5k pace with a 90-second jog between reps."],
            ("5k pace as in my race pace, or my training pace?", "", "neutral clarification question"),
        ),
        S(
            "finance",
            ["what's amortization?", "Amortization is spreading a loan into fixed payments over time, where each payment covers interest and part of the principal."],
            ("when you say principal, is that the amount I originally borrowed?", "", "clarification"),
        ),
        S(
            "shopping",
            ["what's a good laptop for video editing", "Some options: MacBook Pro 16 ($2,499), Dell XPS 15 ($1,899), ASUS ProArt Studiobook ($1,999)."],
            ("any decent ones under 1200?", "", "narrowing after a fine answer: new request, not a rephrase"),
        ),
    ),
    F(
        "h2-negative-acknowledge",
        H2,
        S(
            "local",
            ["when does the post office on elm st close today", "It closes at 5:30pm today (Saturday hours)."],
            ("5:30, ok got it", "", "repeats the assistant's answer"),
        ),
        S(
            "travel",
            ["do I need a visa for Japan as a UK citizen for 2 weeks", "No, UK citizens can visit Japan visa-free for up to 90 days for tourism."],
            ("so two weeks is fine without one. great", "", "paraphrases the assistant's answer"),
        ),
        S(
            "cooking",
            ["how long to roast a 1.5kg chicken", "About 1 hour 20 minutes at 190°C, until the thickest part reads 75°C."],
            ("1h20 at 190, perfect", "", "repeats the assistant's numbers"),
        ),
        S(
            "home",
            ["how do I compost in a flat", "Try a bokashi bin: it ferments food waste in a sealed bucket, no smell."],
            ("oh that's clever, hadn't heard of bokashi. cheers", "", "thanks"),
        ),
        S(
            "finance",
            ["so, to recap my options?", "1) 5-year fix at 4.1%, 2) tracker at base + 0.5%, 3) 2-year fix at 4.4%."],
            ("ok so option 1 is the 5-year fix at 4.1. I'll think about it", "", "repeats the assistant's recap"),
        ),
        S(
            "parenting",
            ["tips for a toddler's first long flight", "Bring snacks, a couple of new small toys, and feed her during takeoff for the ear pressure."],
            ("thanks!! it's a 9 hour flight to Toronto so the toy idea is gold, I'll wrap a few little things so she has something to open every hour or so, she goes wild for unwrapping stuff", "", "long enthusiastic thanks with one-off trip details"),
        ),
        S(
            "fitness",
            ["how do I improve my 10k time", "Add a weekly tempo run and one interval session, and keep most runs easy."],
            ("did a 52 min 10k last Sunday, so maybe aiming for sub-50?", "", "new one-off fact and question, not a restatement"),
        ),
        S(
            "health",
            ["good stretches for lower back pain", "Try cat-cow, child's pose, knee-to-chest and a gentle supine twist."],
            ("thanks, I sat in a car for 9 hours yesterday so that's probably why", "", "transient circumstance"),
        ),
    ),
    F(
        "h2-negative-decline-and-change",
        H2,
        S(
            "finance",
            ["what's the standard VAT rate in Ireland", "It's 23%. Would you like the reduced rates as well?"],
            ("no, that's all I needed", "", "'no' to an offer"),
        ),
        S(
            "shopping",
            ["what's a good beginner camera", "The Canon R50 or Sony ZV-E10 are great starters. Want me to compare kit lenses for them?"],
            ("nah I'm good", "", "declines an offer"),
        ),
        S(
            "cooking",
            ["how do I cook quinoa", "Rinse 1 cup, simmer in 2 cups of water for 15 minutes, then rest 5 minutes. Shall I suggest some quinoa salads?"],
            ("No thank you, it's just a side tonight.", "", "declines an offer"),
        ),
        S(
            "cooking",
            ["what's the difference between baking soda and baking powder", "Baking soda is pure sodium bicarbonate and needs an acid; baking powder contains its own acid. Want a substitution chart?"],
            ("Nope, all clear, ty", "", "declines"),
        ),
        S(
            "local",
            ["any good sushi near Union Square?", "Sushi Nakazawa is a popular pick. Want me to check whether it's open late?"],
            ("no need, we're going at lunch", "", "declines; one-off detail"),
        ),
        S(
            "home",
            ["I want to repaint my kitchen cabinets", "Nice project! Are they solid wood?"],
            ("no, MDF", "", "'no' answering a yes/no question"),
        ),
        S(
            "gardening",
            ["my basil is wilting", "Is it getting more than 6 hours of direct sun?"],
            ("no, it's on a shady windowsill", "", "'no' answering a question"),
        ),
        S(
            "food",
            ["plan me a dinner menu around risotto for saturday", "Menu: burrata to start, mushroom risotto, then panna cotta."],
            ("actually, change of plan, can we build it around paella instead?", "", "change of mind, not a correction"),
        ),
        S(
            "work",
            ["write me an out-of-office for Dec 22 to Jan 3", "Here's your message: 'I'm out of the office from December 22 to January 3 with limited access to email...'"],
            ("hmm, I've decided to stay reachable until the 23rd, can you make it the 24th to the 3rd?", "", "change of plan by the user"),
        ),
        S(
            "shopping",
            ["I'd like a size M in the blue rain jacket", "Added the blue rain jacket, size M, to your cart."],
            ("on second thought make it the green one", "", "change of mind"),
        ),
        S(
            "travel",
            ["can you plan a road trip from Denver to Moab, 2 days", "Day 1: Denver to Glenwood Springs (hot springs). Day 2: on to Moab via Grand Junction, evening at Arches."],
            ("change of plans, we're flying into Salt Lake instead and driving from there", "", "change of plan"),
        ),
        S(
            "events",
            ["plan a dinner party menu for saturday, 6 people", "Starter: prawn cocktail; main: beef Wellington; dessert: sticky toffee pudding."],
            ("one of the guests doesn't eat beef, can we swap the main just for this dinner?", "", "another person's restriction for a one-off occasion; new information"),
        ),
    ),
    F(
        "h2-negative-topic-oneoff",
        H2,
        S(
            "work",
            ["thanks for the cv tips", "You're welcome! Good luck with the applications."],
            ("unrelated, but how do I get red wine out of a cream carpet?", "", "topic change"),
        ),
        S(
            "education",
            ["how should I structure my thesis intro", "Open with the problem, then the gap in the literature, your question, your approach and a roadmap of the chapters."],
            ("cool. totally different q: is it rude to bring my own wine to a dinner party in france?", "", "topic change"),
        ),
        S(
            "shopping",
            ["what's a good gift for a new dad", "A good baby carrier, a coffee subscription, or a 'night off' voucher are all popular."],
            ("ok thanks. by the way, is there a way to see my old chats here?", "", "topic change about the product"),
        ),
        S(
            "health",
            ["explain how vaccines work", "Vaccines train your immune system by showing it a harmless piece or version of a germ..."],
            ("could you do a version for my 7 year old? just this once, she asked at dinner", "", "one-off request"),
        ),
        S(
            "education",
            ["explain how a bill becomes law in the US", "A bill is introduced in the House or Senate, goes to committee, ... [long]"],
            ("short version please, I've got 2 minutes before class", "", "one-off length request (the long answer was not wrong for the request)"),
        ),
        S(
            "cooking",
            ["recipe for banana bread", "Ingredients: 3 ripe bananas, 1/3 cup melted butter, 3/4 cup sugar, 1 1/2 cups flour..."],
            ("could you put this one in grams? my scale's already out", "", "one-off unit request"),
        ),
        S(
            "pets",
            ["how much does it cost to keep a horse", "Typically £3,000-£10,000 a year depending on the type of livery."],
            ("if I ever moved out to the countryside, would part livery be cheaper?", "", "hypothetical"),
        ),
        S(
            "fitness",
            ["what's a good protein target", "Around 1.6 g per kg of body weight for building muscle."],
            ("if I went vegetarian, would that be hard to hit?", "", "hypothetical, not a diet change"),
        ),
        S(
            "travel",
            ["what should I see in Lisbon in 2 days", "Day 1: Alfama and the Castelo de São Jorge. Day 2: Belém, the tower and the monastery."],
            ("nice. our hotel is right by Rossio, if that helps", "", "new trip detail (task parameter)"),
        ),
    ),
]
