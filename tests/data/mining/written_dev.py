"""Hand-written DEV items.  Phrasing families here must not be reused in written_holdout.py.

Dev marker vocabulary (holdout uses different markers, see written_holdout.py):
  frustration: ugh, useless, seriously, ridiculous, "you're not listening", "how many times", "come on",
               "waste of time", "makes no sense", "no no no", "I give up", sarcastic "great, just great", caps
  correction:  "that's wrong", "actually it's", "incorrect", "that's not right", "you mixed up", "no, I meant", "X, not Y"
  restatement: "as I told you", "like I said", "I already mentioned", "remember ...", unmarked repeats
  rephrase:    "I asked ...", "let me rephrase", "what I want is", "again:", "no, I mean the ...", verbatim repeats
  preference:  "from now on", "please always", "I'm vegan now", "I moved to", "I prefer", "I hate", "I don't eat"
Round-3 families (dev3-*, dev4-*, at the end) are deliberately unmarked: corrections that name the wrong value ("3 is
wrong", "52, not 25"), swap it ("its like 4 laps"), negate the claim ("it isn't free all day"), report broken output,
or are hedged ("I could be mistaken, but ..."); rephrases reworded, terse or in non-native English.
"""

from scenario import F, S

FAMILIES = [
    # ------------------------------------------------------------------ corrections of factual errors
    F(
        "dev-correction-world-facts",
        "dev",
        S(
            "cooking",
            ["How long should I boil a soft-boiled egg?", "For a soft-boiled egg, boil it for about 12 minutes, then cool it in ice water."],
            ("That's wrong, 12 minutes gives you a hard-boiled egg. Soft-boiled is more like 6.", "co", "explicit 'that's wrong' + right value"),
            ("Got it. Do I start them in cold water or already boiling?", "",
             "accepts the (wrong) answer and asks a follow-up; the detector must not infer an error the user does not point out"),
        ),
        S(
            "travel",
            ["What's the capital of Australia? I'm planning my route.", "The capital of Australia is Sydney, the country's largest city."],
            ("Actually it's Canberra. Sydney is just the biggest city.", "co", "corrects a factual error"),
        ),
        S(
            "finance",
            ["What's the Roth IRA contribution limit this year if I'm under 50?", "For 2024 the limit is $23,000 if you're under 50."],
            ("Incorrect, $23,000 is the 401(k) limit. The Roth IRA limit is $7,000.", "co", "'incorrect' + right value"),
            ("Thanks. Is that limit per person or per household?", "", "follow-up question, no signal"),
        ),
        S(
            "coding",
            ["How do I get the length of a list in Python?", "Use my_list.length() - it returns the number of elements."],
            ("No, that's not Python. It's len(my_list).", "co", "corrects wrong API"),
        ),
        S(
            "coding",
            ["What does `git reset --soft HEAD~1` do?", "It deletes your last commit and throws away all the changes in it."],
            ("That's not right, --soft keeps the changes staged. You're describing --hard.", "co", "corrects a wrong technical claim"),
        ),
        S(
            "fitness",
            ["How many calories are in a gram of fat?", "Fat has 4 calories per gram, the same as protein."],
            ("You mixed it up: fat is 9 per gram, carbs and protein are 4.", "co", "'you mixed it up' + right value"),
        ),
        S(
            "language learning",
            ["Is 'Mädchen' masculine or feminine in German?", "'Mädchen' is feminine, so it's 'die Mädchen' in the singular."],
            ("No, it's neuter: das Mädchen, because of the -chen ending.", "co", "grammar fact corrected"),
            ("Danke! What about 'Löffel'?", "", "new similar request for a different word - not a rephrase"),
        ),
        S(
            "shopping",
            ["Does the Pixel 8 have a headphone jack?", "Yes, the Pixel 8 includes a 3.5 mm headphone jack."],
            ("It doesn't though, Google dropped the jack years ago.", "co", "contradicts a false product claim"),
        ),
        S(
            "travel",
            ["What time zone is Lisbon in?", "Lisbon uses Central European Time, same as Madrid."],
            ("Not CET - Portugal is on Western European Time, an hour behind Madrid.", "co", "'not X' + right value"),
        ),
        S(
            "cooking",
            ["Convert 350°F to Celsius for my oven.", "350°F is about 215°C."],
            ("No, 350°F is roughly 177°C. 215 would burn my cake.", "co", "wrong conversion corrected"),
        ),
        S(
            "finance",
            ["If I invest $1,000 at 5% compounded annually, what do I have after 2 years?", "You'd have $1,100 after two years."],
            ("That's simple interest. With compounding it's $1,102.50.", "co", "calculation error corrected"),
            ("Nice, and after 10 years?", "", "follow-up / new similar request, no signal"),
        ),
        S(
            "coding",
            ["How do I find rows with no email in SQL?", "Use `SELECT * FROM users WHERE email = NULL;`"],
            ("That's wrong, `= NULL` never matches anything. It has to be `IS NULL`.", "co", "code error corrected"),
        ),
        S(
            "language learning",
            ["How do I say 'I'm full' in Spanish after dinner?", "Say 'Estoy lleno' - or 'Soy lleno', both work the same."],
            ("'Soy lleno' isn't correct though, it's only 'estoy' there.", "co", "partial error corrected"),
        ),
        S(
            "health",
            ["Is a tomato a fruit or a vegetable? My kid asked.", "Botanically, a tomato is a vegetable because it grows on a vine."],
            ("Actually botanically it's a fruit, it develops from the flower and has seeds.", "co", "'actually' + right fact"),
        ),
        S(
            "customer support",
            ["When does your store close on Sundays?", "We're closed on Sundays."],
            ("That's not right, I was there last Sunday at 3pm and you were open.", "co", "contradiction based on the user's experience"),
        ),
    ),
    # ------------------------------------------------------------------ assistant misread the user's request
    F(
        "dev-correction-misread",
        "dev",
        S(
            "travel",
            ["Find me flights to Portland next Friday.", "Here are flights to Portland, Maine (PWM) next Friday: 7:05am, 11:40am, 4:15pm."],
            ("No, I meant Portland, Oregon.", "co", "'no, I meant' - assistant chose the wrong reading of an ambiguous name; Oregon was never said, so no restatement"),
            ("Great. Can you also check Portland, Oregon for the week after? That's a different trip.", "",
             "new request with similar wording for a different trip - not a rephrase or correction"),
        ),
        S(
            "cooking",
            ["Give me a recipe with chicken thighs, I have about 45 minutes.", "Here's a slow-cooker chicken thigh stew - 6 hours on low, and it's worth the wait."],
            ("I said 45 minutes, not 6 hours.", "co rs", "constraint violated ('X, not Y') and the user re-provides the 45-minute limit"),
        ),
        S(
            "shopping",
            ["I need running shoes for flat feet, size 10 US.", "Here are some great options in size 10 UK: Brooks Adrenaline, Asics Kayano, Saucony Guide."],
            ("Those are UK sizes. I need US 10.", "co rs", "wrong unit used; re-provides US 10"),
        ),
        S(
            "coding",
            ["How do I reverse a string in JavaScript?", "In Python you can just slice it: s[::-1]."],
            ("That's Python. I asked how to do it in JavaScript.", "co rp", "'I asked X' pattern: corrects the language and re-issues the request"),
        ),
        S(
            "customer support",
            ["My order #4471 says delivered but I don't have it.", "I see order #4417 was delivered to the front desk on Monday."],
            ("That's the wrong order, mine is 4471, not 4417.", "co rs", "swapped digits; the user re-provides the number they already gave"),
        ),
        S(
            "finance",
            ["I earn €4,200 a month net. How much should I keep as an emergency fund?", "With a monthly income of €2,400, aim for €7,200 to €14,400."],
            ("It's €4,200, not €2,400.", "co rs", "wrong figure; re-provides own figure"),
            ("Ok. Should that sit in a savings account or a money market fund?", "", "follow-up that ignores the error - no signal"),
        ),
        S(
            "fitness",
            ["Make me a 3-day strength plan, I only have dumbbells at home.", "Day 1: barbell back squat 5x5, bench press 5x5. Day 2: deadlift 3x5, overhead press..."],
            ("Remember I don't have a barbell, only dumbbells. Those won't work.", "co rs", "negates the plan's assumption and re-provides the equipment constraint"),
        ),
        S(
            "language learning",
            ["I'm learning Brazilian Portuguese. How do I say 'you' casually?", "In European Portuguese, the casual form is 'tu', as in 'tu és'."],
            ("Wrong variety, I'm learning Brazilian Portuguese. In Brazil it's mostly 'você'.", "co rs", "corrects the variety and re-provides it"),
        ),
        S(
            "cooking",
            ["I only have an air fryer, no oven. How do I make crispy potatoes?", "Preheat your oven to 220°C and roast the potatoes for 40 minutes."],
            ("I don't have an oven, just the air fryer, I mentioned it.", "co rs", "explicit negation of the assistant's assumption + re-provided constraint"),
        ),
        S(
            "finance",
            ["My budget for a used car is $25k max. Which models should I look at?", "Great picks around $32k: a 2021 RAV4 Hybrid, a 2022 CR-V, or a 2021 Model 3."],
            ("That's over my $25k limit though.", "co rs", "points out the mismatch and re-provides the budget"),
        ),
        S(
            "travel",
            ["We're 2 adults and 2 kids, looking for a family room in Barcelona for July 3-7.", "I found a double room for 2 adults at Hotel Jazz for July 3-7."],
            ("No, it's for four people, two adults and two kids.", "co rs", "wrong party size; re-provides it"),
        ),
        S(
            "coding",
            ["I'm on Python 3.8. How do I merge two dicts?", "Use the | operator: merged = a | b."],
            ("That only works from 3.9. I'm on 3.8, like I said.", "co rs", "answer is wrong for the stated version; restates the version with a marker"),
        ),
    ),
    # ------------------------------------------------------------------ self-corrections / changes of mind (hard negatives)
    F(
        "dev-self-correction",
        "dev",
        S(
            "travel",
            ["Book a table for four at 7pm on Thursday.", "Done: a table for four at 7pm on Thursday at Luca's."],
            ("Sorry, I meant Tuesday not Thursday, my mistake. Can you move it?", "",
             "self-correction of the user's own slip - the assistant did what was asked, so not a correction"),
        ),
        S(
            "cooking",
            ["I have 200g of flour, scale the cookie recipe to that.", "Scaled to 200 g flour: 100 g butter, 80 g sugar, 1 small egg, 90 g chocolate chips."],
            ("Oops, I typed that wrong, it's 300 g of flour I have. Could you redo it?", "", "user's own typo; no assistant error"),
        ),
        S(
            "coding",
            ["Here's my function: def add(a, b): return a - b. Why doesn't it work?", "It subtracts instead of adding - change 'a - b' to 'a + b'."],
            ("Ah, I pasted the wrong snippet, sorry. The real one is `def add(a, b): return a + b + 1`.", "", "self-correction of pasted input"),
        ),
        S(
            "shopping",
            ["Is the blue jacket available in M?", "Yes, the blue jacket is in stock in size M."],
            ("Actually, let's go with L instead, I changed my mind.", "", "change of mind, not a correction (starts with 'actually')"),
        ),
        S(
            "finance",
            ["Schedule a $500 transfer to savings on the 1st.", "Scheduled: $500 to savings on the 1st of next month."],
            ("Make that $600, I got a raise this month.", "", "user updates their own instruction; new transient fact"),
        ),
        S(
            "travel",
            ["I'm flying into JFK. Cheapest way to Manhattan?", "From JFK, the AirTrain plus the subway is the cheapest option, about $11 total."],
            ("Wait, I misread my ticket - it's actually Newark. Same question for Newark?", "",
             "self-correction + new similar request; not a rephrase (different airport)"),
        ),
        S(
            "fitness",
            ["Plan me for a 5k race in 8 weeks.", "Here's an 8-week 5k plan: three runs a week building from 2 km to 5 km, plus one strength day."],
            ("I wrote 5k but I meant 10k, my bad. Could you adjust the plan?", "", "'I meant' but it is the user's own error - label []"),
        ),
        S(
            "language learning",
            ["How do I conjugate 'ir' in the preterite?", "Preterite of 'ir': fui, fuiste, fue, fuimos, fuisteis, fueron."],
            ("Sorry, I meant the imperfect, I said it wrong. Can you do that one?", "", "the user misspoke; no assistant error"),
        ),
        S(
            "customer support",
            ["I'd like to return the headphones from order 8812.", "I've started a return for the headphones in order 8812. A label is on its way."],
            ("Oh no, I meant the charger, not the headphones - I mixed them up myself. Can we switch it?", "",
             "'not X' wording, but the user admits the mix-up was theirs"),
        ),
    ),
    # ------------------------------------------------------------------ opinion disagreement (hard negatives)
    F(
        "dev-opinion-disagreement",
        "dev",
        S(
            "entertainment",
            ["Which is better, the 1984 Dune or the new one?", "I'd say Villeneuve's version is stronger overall - better pacing and visuals."],
            ("I disagree, I think the 1984 one has way more charm.", "", "disagreement about an opinion, not a factual error (documented rule)"),
        ),
        S(
            "cooking",
            ["Should I add cream to carbonara?", "Traditional carbonara has no cream, though some people like it for extra richness."],
            ("Honestly I think cream makes it better, tradition or not.", "", "taste opinion, not a correction"),
        ),
        S(
            "coding",
            ["Which database for a small team app?", "For a small team I'd pick PostgreSQL over MongoDB - mature, relational, great tooling."],
            ("I'm not sure I agree, our data is pretty document-shaped. Why Postgres?", "", "polite disagreement + question"),
        ),
        S(
            "finance",
            ["Index funds or stock picking?", "For most people index funds are the better bet than picking individual stocks."],
            ("I don't fully buy that, some people do beat the market. But ok, why?", "", "disagreement with an evaluative claim"),
        ),
        S(
            "travel",
            ["Porto or Lisbon for a long weekend?", "Porto is more charming in my opinion, and it's easier to walk."],
            ("Nah, Lisbon wins for me, but I get why people love Porto.", "", "opinion"),
        ),
        S(
            "fitness",
            ["Cardio or weights for fat loss?", "I'd prioritize strength training; it preserves muscle while you diet."],
            ("I disagree a bit, cardio seems to work better for me. But what's the reasoning?", "", "opinion/experience disagreement"),
        ),
    ),
    # ------------------------------------------------------------------ quoted / reported negativity (hard negatives)
    F(
        "dev-quoted-negativity",
        "dev",
        S(
            "customer support",
            ["Can you help me reply to an angry customer?", "Of course - paste their message and tell me what you can offer."],
            ("They wrote: 'This is useless, your app crashed three times today.' How do I answer politely?", "",
             "quoted frustration of a third party, not at the assistant"),
        ),
        S(
            "work",
            ["My manager left feedback on my report and I don't know how to react.", "I can help. What exactly did they write?"],
            ("Her exact words: 'seriously? this is a waste of time, start over.' How should I respond?", "", "reported speech"),
        ),
        S(
            "language learning",
            ["I need help with a complaint letter in German.", "Sure, what would you like to say?"],
            ("Translate this: 'This is ridiculous, I want a refund now.'", "", "text to translate, not the user's reaction"),
        ),
        S(
            "coding",
            ["Running pylint on my project.", "Paste the warnings you get and I'll explain them."],
            ("It says 'W0104: Statement seems to have no effect (pointless-statement)' and 'useless-return'. What do those mean?", "",
             "tool output contains negative words"),
        ),
        S(
            "shopping",
            ["Is the Hoover HX300 any good?", "It has strong suction and a 60-minute battery; reviews are mostly positive."],
            ("One review says 'ugh, it fell apart after a week'. Is that common?", "", "quoted review"),
        ),
    ),
    # ------------------------------------------------------------------ thanks / friendly sarcasm (hard negatives)
    F(
        "dev-thanks-friendly",
        "dev",
        S(
            "cooking",
            ["Give me a really decadent chocolate cake.", "Triple-layer chocolate fudge cake: 300 g dark chocolate, 250 g butter, ganache and a salted caramel drip."],
            ("Great, there goes my diet 😂 Looks amazing, thanks!", "", "friendly sarcasm, positive"),
        ),
        S(
            "fitness",
            ["Give me a brutal leg day.", "Back squats 5x5, Bulgarian split squats 4x10, walking lunges 3x20, finish with wall sits."],
            ("Oh wonderful, I'll be walking like a penguin tomorrow. Love it!", "", "friendly sarcasm"),
        ),
        S(
            "finance",
            ["How do I calculate my savings rate?", "Savings rate = (income - spending) / income. With €3,000 in and €2,400 out, that's 20%."],
            ("Thanks, that's exactly what I needed.", "", "plain thanks"),
        ),
        S(
            "travel",
            ["Best way from Florence to Pisa airport?", "Take the Frecciarossa or regional train to Pisa Centrale, then the PisaMover shuttle: about 1h15 total."],
            ("Perfect, that saves me a ton of time. Thank you!", "", "thanks"),
        ),
        S(
            "coding",
            ["My Flask app says 'address already in use'.", "Another process holds port 5000. Run `lsof -i :5000` and kill it, or start Flask with `--port 5001`."],
            ("That fixed it! You're a lifesaver.", "", "positive feedback"),
        ),
        S(
            "health",
            ["What helps with a stiff neck from my desk job?", "Try chin tucks, upper trapezius stretches, and raise your monitor to eye level."],
            ("Ha, my monitor is basically on the floor. Thanks, will fix that.", "", "self-deprecating humour, no signal"),
        ),
    ),
    # ------------------------------------------------------------------ "no" answering a question (hard negatives)
    F(
        "dev-no-answers",
        "dev",
        S(
            "cooking",
            ["Plan a dinner menu for six.", "Starter: burrata with peaches. Main: lemon herb roast chicken with potatoes. Would you like me to add a dessert?"],
            ("No, that's fine, just the mains.", "", "'no' answers the assistant's yes/no question"),
        ),
        S(
            "travel",
            ["Make me a 3-day itinerary for Vienna.", "Here's your itinerary: Day 1 Innere Stadt, Day 2 Schönbrunn, Day 3 museums. Do you want it as a PDF?"],
            ("No thanks.", "", "'no' answer"),
        ),
        S(
            "customer support",
            ["My internet has been down since this morning.", "Sorry about that! Did you already try restarting the router?"],
            ("No, not yet. Should I do that first?", "", "'no' answer"),
        ),
        S(
            "travel",
            ["This hotel in Ghent looks good.", "Hotel Harmony, 4 stars, €140/night. Shall I book it?"],
            ("No, not yet - I want to compare prices first.", "", "declines an offer"),
        ),
        S(
            "fitness",
            ["Give me a push day for today.", "Bench 4x8, incline dumbbell press 3x10, dips 3x12. Want me to include warm-up sets?"],
            ("No, I'll do my own warm-up today.", "", "one-off answer"),
        ),
        S(
            "fitness",
            ["I want to start lifting. What's a good program?", "Is this your first time in a gym, or have you trained before?"],
            ("No, not a beginner at all, I've been lifting for about six years.", "pf",
             "'no' answers the question but also states a lasting profile fact (experience level)"),
        ),
        S(
            "cooking",
            ["Suggest a menu for my anniversary dinner.", "Seared scallops, then beef tenderloin with red wine jus. Want wine pairings too?"],
            ("No, I don't drink alcohol at all.", "pf", "'no' + lasting preference"),
        ),
    ),
    # ------------------------------------------------------------------ clarifications and topic changes (hard negatives)
    F(
        "dev-clarify-topic-change",
        "dev",
        S(
            "cooking",
            ["How do I make focaccia?", "Mix the dough, let it proof for 2 hours, dimple it, drizzle with oil and bake at 230°C."],
            ("What do you mean by 'proof' exactly?", "", "clarification question, neutral"),
        ),
        S(
            "finance",
            ["Where should I put money for retirement?", "A low-cost ETF tracking a broad index is a common choice."],
            ("Sorry, what's an ETF exactly?", "", "clarification"),
        ),
        S(
            "travel",
            ["What should I see in Kyoto?", "Fushimi Inari early morning, Kiyomizu-dera, Arashiyama bamboo grove, and Nishiki market."],
            ("Unrelated, but what's a good podcast about Japanese history?", "", "topic change"),
        ),
        S(
            "coding",
            ["How do I read a JSON file in Python?", "with open('data.json') as f: data = json.load(f)"],
            ("Cool. By the way, how do I make cold brew coffee?", "", "topic change"),
        ),
        S(
            "language learning",
            ["How do you say 'good morning' in French?", "'Bonjour' - or 'bon matin' in Quebec."],
            ("Nice. Now how do you say 'good night'?", "", "new similar request for a different phrase - not a rephrase"),
        ),
        S(
            "finance",
            ["Monthly payment on a $300k mortgage, 30 years at 6.5%?", "About $1,896 per month (principal and interest)."],
            ("Now run the same numbers for $350k, just to compare.", "", "new variant, not a rephrase"),
        ),
        S(
            "coding",
            ["How do I sort a list of dicts by 'age' ascending?", "sorted(people, key=lambda p: p['age'])"],
            ("And descending?", "", "follow-up"),
        ),
        S(
            "cooking",
            ["Vegan brownie recipe?", "Use 200 g dark chocolate, 120 ml oat milk, 80 ml oil, 150 g sugar, 100 g flour, cocoa; bake 25 min at 180°C."],
            ("Great, can you also give me a vegan cookie recipe?", "", "new similar request; does not state a preference"),
        ),
        S(
            "customer support",
            ["How do I reset my password?", "Go to Settings > Security > Reset password and follow the email link."],
            ("Got it. How do I change my username?", "", "new request"),
        ),
    ),
    # ------------------------------------------------------------------ one-off instructions (not lasting preferences)
    F(
        "dev-one-off-requests",
        "dev",
        S(
            "finance",
            ["Explain what a Roth conversion is.", "A Roth conversion moves money from a traditional IRA into a Roth IRA. You pay income tax on the converted amount now..."],
            ("Make this one short please, I'm between meetings.", "", "one-off style request ('this one')"),
        ),
        S(
            "cooking",
            ["Recipe for banana bread?", "3 ripe bananas, 1/3 cup melted butter, 3/4 cup sugar, 1 egg, 1 tsp baking soda, 1 1/2 cups flour."],
            ("Can you convert just this recipe to grams? It's for my German friend.", "", "one-off unit conversion"),
        ),
        S(
            "language learning",
            ["What's the difference between 'por' and 'para'?", "'Por' expresses cause or exchange; 'para' expresses purpose or destination."],
            ("Reply in Spanish this time, I want to practice reading.", "", "'this time' - one-off"),
        ),
        S(
            "travel",
            ["Hotels in Seville for next weekend?", "Options: Hotel Alfonso XIII (luxury), Hotel Amadeus (mid-range), Oasis Backpackers (budget)."],
            ("For this trip I'd like something near the train station.", "", "task parameter for the current search, not lasting"),
        ),
        S(
            "shopping",
            ["Gift ideas for my dad's 60th?", "A nice watch, a weekend getaway voucher, or a personalized photo book."],
            ("I don't care about the price for this one, it's a milestone.", "", "one-off budget statement"),
        ),
        S(
            "health",
            ["What are the downsides of a vegan diet?", "Main risks are B12, iron, omega-3 and calcium deficiencies if not planned well."],
            ("If I went vegan, would I need supplements?", "", "hypothetical - not a stated preference"),
        ),
        S(
            "cooking",
            ["Birthday cake ideas?", "Classic vanilla sponge, chocolate fudge, or a lemon drizzle."],
            ("My sister is vegan, so it needs to work for her party.", "", "third party's diet for a one-off event"),
        ),
        S(
            "cooking",
            ["What should I cook tonight?", "How about a creamy mushroom pasta or a quick chicken stir fry?"],
            ("I don't feel like pasta tonight.", "", "transient mood, not lasting"),
        ),
    ),
    # ------------------------------------------------------------------ restatement across sessions
    F(
        "dev-restatement-cross-session",
        "dev",
        S(
            "cooking",
            ["Can you suggest a quick lunch?", "Sure! Any dietary restrictions I should know about?"],
            ("Like I said before, I'm vegetarian, so nothing with meat.", "rs pf", "restates a diet from an earlier session (marker)"),
            earlier=[["I'm vegetarian, by the way - no meat or fish.", "Noted! I'll keep suggestions vegetarian."]],
        ),
        S(
            "cooking",
            ["I want to bake something this weekend.", "Fun! Cake, cookies or bread?"],
            ("Maybe cookies. I'm lactose intolerant, so nothing butter-heavy.", "rs pf", "unmarked restatement of a fact from an earlier session"),
            ("Cookies! Chewy ones if possible.", "", "answers the question; lactose intolerance not mentioned - no restatement"),
            earlier=[["What can I use instead of milk in coffee? I'm lactose intolerant.", "Oat, soy or lactose-free milk all work well."]],
        ),
        S(
            "travel",
            ["Plan a route from Paris to Vienna.", "Do you want to fly or take the train?"],
            ("Train. I already mentioned I avoid flying whenever I can.", "rs pf", "restates a lasting preference from an earlier session"),
            earlier=[["I'm scared of flying, so I go by train whenever I can.", "Understood - I'll prioritize train routes."]],
        ),
        S(
            "finance",
            ["How much can I put into retirement accounts this year?", "Are you employed by a company that offers a 401(k)?"],
            ("No, I'm self-employed, I told you that last time.", "rs pf", "'no' answer carrying a restated profile fact"),
            earlier=[["I'm a freelance graphic designer - how do quarterly taxes work?", "As a self-employed person you pay estimated taxes four times a year..."]],
        ),
        S(
            "fitness",
            ["Give me a quick HIIT workout.", "Here's a 20-minute HIIT: jump squats, burpees, box jumps, tuck jumps."],
            ("Remember my knee? I can't do jumping stuff.", "co rs pf",
             "rejects the suggested jumping exercises (correction) by restating a health constraint from an earlier session"),
            earlier=[["I have a bad left knee, so no jumping exercises please.", "Got it, I'll keep things low-impact."]],
        ),
        S(
            "language learning",
            ["Teach me some useful phrases.", "Sure! Which language are we practicing today?"],
            ("Japanese, as usual. I'm going to Osaka in spring.", "rs pf", "re-provides language and trip from an earlier session"),
            earlier=[["I'm learning Japanese for a trip to Osaka in spring.", "Great goal! Let's start with greetings."]],
        ),
        S(
            "health",
            ["Is it OK to have a glass of wine with dinner?", "Generally moderate drinking is fine for most adults. Are you on any medications?"],
            ("Yes, metformin. I told you about my diabetes.", "rs pf", "restates a health condition from an earlier session"),
            earlier=[["I take metformin for type 2 diabetes. What breakfast is good for blood sugar?", "Eggs with vegetables, Greek yogurt with nuts, or oats with protein."]],
        ),
        S(
            "shopping",
            ["Find me hiking boots under 150 euros.", "What size do you need?"],
            ("42 EU, same as always.", "rs pf", "restated shoe size (durable profile fact)"),
            earlier=[["I wear size 42 EU. Are these sneakers true to size?", "Reviews say they run slightly small; consider 42.5."]],
        ),
        S(
            "travel",
            ["What's a good weekend getaway?", "Where are you based?"],
            ("Toronto.", "rs pf", "one-word restatement of where the user lives (said in an earlier session)"),
            earlier=[["I live in Toronto and want to learn to skate this winter.", "Nathan Phillips Square rink is a great place to start."]],
        ),
        S(
            "coding",
            ["Back to my login bug.", "Sure - can you remind me what error you were seeing?"],
            ("'CSRF verification failed' on the login form, same as I described yesterday.", "rs", "restates a task detail from an earlier session"),
            earlier=[["My Django app throws 'CSRF verification failed' on the login form.", "Check that the form includes {% csrf_token %} and that CSRF_TRUSTED_ORIGINS is set."]],
        ),
        S(
            "cooking",
            ["What should I make for a dinner party of six?", "How about a beef Wellington centerpiece with roasted vegetables?"],
            ("As I told you, I'm vegetarian. Something without meat please.", "rs pf rp",
             "restated diet (marker) + re-asks the request with the constraint"),
            earlier=[["I'm vegetarian, remember that for recipes.", "Will do!"]],
        ),
        S(
            "health",
            ["Any stretches for my lower back?", "Try cat-cow, child's pose, and knee-to-chest stretches, 30 seconds each."],
            ("Thanks. I sit at a desk about nine hours a day, if that matters.", "pf",
             "new durable lifestyle fact (not in the earlier session) -> preference, not restatement"),
            earlier=[["My knee hurts after running, what could it be?", "It could be runner's knee; reduce mileage and strengthen your hips."]],
        ),
    ),
    # ------------------------------------------------------------------ restatement within the session
    F(
        "dev-restatement-in-session",
        "dev",
        S(
            "customer support",
            ["My router keeps dropping wifi. Model AX3000, firmware 2.1.", "Sorry to hear that. Could you tell me your router model?"],
            ("It's the AX3000. I put that in my first message.", "rs", "re-provides info given earlier in the session"),
        ),
        S(
            "travel",
            ["We're 2 adults and 2 kids, looking for a hotel in Rome for May 3-7.", "Great! How many guests will be staying?"],
            ("Four - two adults, two kids, as I said.", "rs", "restatement with marker"),
        ),
        S(
            "cooking",
            ["I'm allergic to peanuts. Any snack ideas for a hike?", "Trail mix without peanuts, energy bars, dried fruit, cheese and crackers.",
             "What about something sweet?", "Try dark chocolate almonds or banana chips."],
            ("Nice. Again, no peanuts at all - even traces are a problem for me.", "rs pf", "restated allergy, unprompted"),
            ("Nice, the almonds sound good.", "", "accepts the suggestion, no restatement"),
        ),
        S(
            "finance",
            ["I'm 34 and want to retire at 55. How much should I save monthly?", "To estimate that, how old are you now?"],
            ("34, like I said.", "rs", "restates age"),
        ),
        S(
            "customer support",
            ["I was charged twice for invoice 2024-118.", "I can look into that. Which invoice number is affected?"],
            ("Invoice 2024-118.", "rs", "unmarked restatement of the invoice number given in the first message"),
        ),
        S(
            "coding",
            ["Using React 18 with Vite, my env variables are undefined.", "Which bundler are you using - webpack or Vite?"],
            ("Vite, as I wrote above.", "rs", "restatement"),
        ),
        S(
            "fitness",
            ["I'm training for a half marathon on October 12.", "Nice! When is the race?"],
            ("October 12, I already mentioned it.", "rs", "restatement"),
        ),
        S(
            "travel",
            ["I need a hotel in Lisbon near Alfama for 3 nights.", "Here are three hotels in Porto's Ribeira district."],
            ("I'm going to Lisbon.", "co rs",
             "unmarked but explicit contrast with the wrong city (Porto) -> correction; re-provides the city -> restatement"),
        ),
        S(
            "shopping",
            ["Looking for a 27-inch 4K monitor for photo editing.", "Here are some 27-inch options: Dell S2721DGF (1440p), LG 27GP850 (1440p)."],
            ("Those are 1440p. I need 4K.", "co rs", "mismatch pointed out + constraint re-provided"),
        ),
        S(
            "language learning",
            ["I'm a beginner in Italian. Explain the passato prossimo simply.", "The passato prossimo uses avere or essere plus the past participle..."],
            ("Thanks, that's clear. What's the difference with the imperfetto?", "", "follow-up; no restatement"),
        ),
        S(
            "travel",
            ["I land in Madrid at 11pm on Friday.", "Great. The metro runs until about 1:30am, so you can take line 8 from the airport."],
            ("Perfect. My hotel is near Sol, by the way.", "", "new information, not said before - not a restatement"),
        ),
        S(
            "health",
            ["I've had a headache for three days.", "Sorry to hear that. Any other symptoms, like fever or a stiff neck?"],
            ("No fever. I've also been sleeping badly this week.", "", "new transient facts; 'no' answers the question"),
        ),
    ),
    # ------------------------------------------------------------------ new / changed facts (restatement hard negatives)
    F(
        "dev-changed-facts",
        "dev",
        S(
            "fitness",
            ["Any good running clubs around?", "In Munich, try the Isarlauf group or the Olympiapark runners."],
            ("I actually moved to Berlin last month, so Berlin clubs please.", "co pf",
             "the assistant used outdated info -> correction; the move is a new lasting fact -> preference; not a restatement"),
            earlier=[["I live in Munich and want to get into running.", "Great city for it! The Isar trails are lovely."]],
        ),
        S(
            "cooking",
            ["Dinner ideas for tonight?", "Since you're vegetarian: halloumi skewers, shakshuka, or a cheese and spinach lasagna."],
            ("I'm vegan now, so no eggs or dairy either.", "pf", "diet changed (vegetarian -> vegan): new preference, not a restatement"),
            earlier=[["I'm vegetarian.", "Noted!"]],
        ),
        S(
            "travel",
            ["Any tips for my Italy trip?", "For Rome, book the Vatican early and get a Roma Pass."],
            ("I'm also thinking about Greece in October.", "", "new plan mentioned; not lasting, not said before"),
            earlier=[["Planning Rome and Florence in June.", "Lovely! Trains between them take 1.5 hours."]],
        ),
        S(
            "home",
            ["What plants are safe for pets?", "Spider plants, Boston ferns, and calatheas are non-toxic for cats and dogs."],
            ("Good to know, we just got a puppy too!", "pf", "new durable household fact (a cat was mentioned earlier, the puppy is new)"),
            earlier=[["I have a cat, Luna. What toys keep indoor cats busy?", "Wand toys, puzzle feeders, and cardboard boxes."]],
        ),
        S(
            "fitness",
            ["How should I recover after a long run?", "Rehydrate, eat carbs and protein within an hour, and do some light stretching."],
            ("I ran 15k this morning, felt great.", "", "new transient fact"),
            earlier=[["I'm training for a half marathon.", "Great! Let's build your long run gradually."]],
        ),
        S(
            "travel",
            ["Can you remind me what you said about the museum?", "I mentioned the Rijksmuseum closes at 5pm, so go in the morning."],
            ("Right, it closes at 5. Then we'll go before lunch.", "", "repeats what the assistant said, not the user's own information"),
            earlier=[["Visiting Amsterdam next week.", "The Rijksmuseum closes at 5pm; mornings are quieter."]],
        ),
        S(
            "cooking",
            ["How long do I boil eggs again? I forgot.", "About 9-10 minutes for hard-boiled, 6 for soft."],
            ("Thanks! And how long do they keep in the fridge?", "", "follow-up; the earlier-session question was answered fine, so re-asking it was not a rephrase"),
            earlier=[["How long do I boil eggs?", "About 9-10 minutes for hard-boiled."]],
        ),
    ),
    # ------------------------------------------------------------------ rephrase after a missed answer
    F(
        "dev-rephrase",
        "dev",
        S(
            "cooking",
            ["How long do I rest a steak after grilling?", "Great question! Steak should be grilled over high heat, and a good marinade makes all the difference."],
            ("Ok but how long do I let it rest?", "rp", "re-asks the unanswered question"),
        ),
        S(
            "coding",
            ["How do I undo the last commit but keep my changes?", "Git is a distributed version control system created by Linus Torvalds in 2005."],
            ("Let me rephrase: what command undoes the last commit without losing my changes?", "rp", "explicit rephrase"),
        ),
        S(
            "travel",
            ["Do I need a visa for Japan with a Canadian passport?", "Japan is a beautiful country - Tokyo, Kyoto and Osaka are must-sees."],
            ("Do I need a visa for Japan with a Canadian passport?", "rp", "verbatim repeat"),
        ),
        S(
            "finance",
            ["What's the difference between APR and APY?", "APR stands for annual percentage rate."],
            ("Right, but what's the difference between the two?", "rp", "answer missed the point"),
        ),
        S(
            "fitness",
            ["What should I eat after a morning run?", "Running in the morning has many benefits, such as better focus during the day."],
            ("What I want is food ideas for after the run.", "rp", "'what I want is'"),
        ),
        S(
            "shopping",
            ["Which has the better battery, the ThinkPad X1 Carbon or the MacBook Air M3?", "Both are excellent laptops with great build quality."],
            ("I asked which one has the better battery.", "rp", "neutral redirection - not frustration"),
        ),
        S(
            "language learning",
            ["What's the difference between 'ser' and 'estar'?", "'Ser' means 'to be'."],
            ("Both mean 'to be' though. When do I use one vs the other?", "rp", "rewords the question"),
        ),
        S(
            "customer support",
            ["How do I cancel my subscription?", "You can upgrade your plan in Settings > Billing."],
            ("Not upgrade, cancel. How do I cancel it?", "co rp", "contrast ('not upgrade') + re-asked request"),
        ),
        S(
            "health",
            ["Is it safe to take ibuprofen and paracetamol together?", "Ibuprofen is an NSAID that reduces inflammation and pain."],
            ("OK, and together with paracetamol - is that combination safe?", "rp", "re-asks"),
        ),
        S(
            "coding",
            ["Why is my React component rendering twice in dev mode?", "React is a JavaScript library for building user interfaces."],
            ("again: why does my component render twice in dev mode?", "rp", "'again:' marker"),
        ),
        S(
            "travel",
            ["Cheapest way from the airport to the city center in Prague?", "A taxi takes about 25 minutes and costs around 600 CZK."],
            ("Is a taxi really the cheapest? I'm looking for the cheapest option.", "rp", "answer missed the constraint; request re-issued"),
        ),
        S(
            "cooking",
            ["Can I freeze cooked rice?", "Rice is a staple food for over half of the world's population."],
            ("Sure, but can it go in the freezer once it's cooked?", "rp", "re-asks"),
        ),
        S(
            "language learning",
            ["How do you say 'cheers' in Polish?", "Polish is a West Slavic language spoken by about 40 million people."],
            ("No, I mean the word you say when you clink glasses.", "rp", "'no, I mean the' clarifies the same request (the assistant did not state anything wrong)"),
        ),
        S(
            "shopping",
            ["Does this blender come with a warranty?", "The blender has 6 speed settings and a 1.5 L glass jug."],
            ("What about the warranty?", "rp", "short re-ask"),
        ),
        S(
            "fitness",
            ["How many rest days per week should a beginner take?", "Beginners should focus on good form and progressive overload."],
            ("Sure, but how many rest days?", "rp", "re-ask"),
        ),
        S(
            "customer support",
            ["Where's my refund? I returned the item two weeks ago.", "Our return policy allows returns within 30 days of delivery."],
            ("I know the policy. I'm asking where my refund is.", "rp", "re-asks; neutral tone"),
        ),
        S(
            "health",
            ["What's a normal resting heart rate?", "Heart rate can be measured at the wrist or the neck."],
            ("What's the normal range though?", "rp", "re-ask"),
        ),
        S(
            "coding",
            ["Convert this to a list comprehension: result = []; for x in xs: if x > 0: result.append(x * 2)",
             "List comprehensions are a concise way to create lists in Python."],
            ("Can you actually convert my loop though?", "rp", "re-ask"),
        ),
        S(
            "cooking",
            ["I need a gluten-free pizza dough.", "Here's a classic pizza dough: 500 g wheat flour, 325 ml water, 10 g salt, 7 g yeast."],
            ("That's wheat flour. Gluten-free dough please.", "co rp", "points out the mismatch and re-issues the request"),
        ),
        S(
            "language learning",
            ["Correct my sentence: 'Ich habe gestern nach Berlin gefahren.'", "Berlin is the capital and largest city of Germany."],
            ("I asked you to correct my sentence.", "rp", "'I asked' re-issue, neutral"),
        ),
        S(
            "finance",
            ["Can I deduct my home office as a freelancer?", "Taxes can be complicated! It's always good to keep records."],
            ("Ugh. Yes or no: can I deduct my home office?", "fr rp", "'ugh' + re-asked question"),
        ),
        S(
            "coding",
            ["How do I center a div?", "CSS stands for Cascading Style Sheets.", "How do I center a div?", "There are many CSS properties you can use."],
            ("HOW. DO. I. CENTER. A. DIV.", "fr rp", "shouting + third repetition"),
        ),
        S(
            "travel",
            ["Is the Colosseum open on Mondays?", "Yes, it's open every day except Christmas and New Year's Day."],
            ("Great. Is the Vatican Museum open on Sundays?", "", "similar question about a different place - not a rephrase"),
        ),
        S(
            "shopping",
            ["Does the Kindle Paperwhite have page-turn buttons?", "No, the Paperwhite is touch-only; the Kindle Oasis has physical buttons."],
            ("And the Kobo Libra?", "", "follow-up on a different product - not a rephrase"),
        ),
    ),
    # ------------------------------------------------------------------ frustration at the assistant
    F(
        "dev-frustration",
        "dev",
        S(
            "coding",
            ["My tests fail with ImportError: cannot import name 'Mapping' from 'collections'.", "Try reinstalling the package with pip.",
             "Did that, still failing.", "Try reinstalling the package with pip."],
            ("Seriously? You just told me that.", "fr", "exasperation at a repeated answer"),
        ),
        S(
            "travel",
            ["Hotels in Lisbon under €100?", "Here are hotels in Porto under €100: ...", "Lisbon, not Porto.", "Sure! Here are more great options in Porto."],
            ("Ugh, how many times - LISBON.", "fr co rs", "annoyance + repeated correction of the city, which the user already gave"),
        ),
        S(
            "customer support",
            ["I already restarted the modem twice, still no internet.", "Please restart your modem and wait two minutes."],
            ("This is useless. I told you I already restarted it.", "fr rs", "'useless' + restated fact"),
        ),
        S(
            "finance",
            ["I have $40k in student loans at 7% and $10k saved. Pay down or invest?", "It depends on your risk tolerance. Diversify and think long-term."],
            ("Come on, that's the same generic advice you find anywhere.", "fr", "complaint about a generic answer"),
        ),
        S(
            "cooking",
            ["Dinner ideas? I'm vegetarian.", "How about chicken tikka masala with rice?"],
            ("Great, just great. Chicken. For a vegetarian.", "fr co rs", "sarcasm expressing annoyance; names and rejects the wrong dish; re-provides the diet"),
        ),
        S(
            "fitness",
            ["I want to build muscle, give me a weekly plan.", "Monday: 5k run. Tuesday: 45 min cycling. Wednesday: swimming. Thursday: 5k run."],
            ("no no no. That's all cardio.", "fr co", "repeated 'no' + points out the plan is wrong"),
        ),
        S(
            "coding",
            ["Fix my regex for emails.", "Here you go: ^[a-z]+@[a-z]+$", "That rejects dots in the domain.", "Here you go: ^[a-z.]+@[a-z]+$"],
            ("I give up. It's still rejecting example.co.uk.", "fr co", "resignation + states the output is still wrong"),
        ),
        S(
            "customer support",
            ["Can I talk to a human?", "I'm here to help! What can I do for you today?", "I want a human agent.", "I'm here to help! What can I do for you today?"],
            ("You're not listening. A HUMAN.", "fr rp", "complaint + re-issued request"),
        ),
        S(
            "language learning",
            ["Explain the German dative case simply.", "The dative case, or Wemfall, derives from the Proto-Indo-European instrumental-locative syncretism..."],
            ("That makes no sense to me. I said simply.", "fr rs", "complaint + restates the constraint"),
        ),
        S(
            "shopping",
            ["Compare the two vacuum cleaners I linked.", "I'm sorry, I can't browse links. Could you paste the details?", "Here: Dyson V12, 60 min battery; Shark IZ300, 40 min.",
             "I'm sorry, I can't browse links. Could you paste the details?"],
            ("This is ridiculous, I just pasted them.", "fr", "exasperation"),
        ),
        S(
            "travel",
            ["What's the weather in Oslo this weekend?", "I'd need to know which Oslo you mean, and the dates.", "Oslo, Norway. This Saturday and Sunday.",
             "Could you clarify which dates you're interested in?"],
            ("Ugh, this is taking forever.", "fr", "annoyance at repeated clarification questions"),
        ),
        S(
            "coding",
            ["Write a bash one-liner to count lines in all .py files.", "find . -name '*.py' | xargs wc -l | tail -n1 --total", "That flag doesn't exist.",
             "find . -name '*.py' -exec wc -l --sum {} +"],
            ("Come on, that's the third broken command in a row.", "fr co", "annoyance + asserts the output is wrong"),
        ),
        S(
            "health",
            ["Can I run with shin splints?", "Shin splints, or medial tibial stress syndrome, are common among runners."],
            ("Why is it so hard to get a straight answer from you?", "fr", "complaint, no request repeated verbatim"),
        ),
        S(
            "finance",
            ["Summarize my spending by category from the CSV.", "Here's the summary: Groceries €0, Rent €0, Transport €0, Other €0."],
            ("Wow. Useless. Everything is zero.", "fr co", "sarcastic 'wow' + 'useless' + states the output is wrong"),
        ),
        S(
            "coding",
            ["Why does my Docker build fail at the COPY step?", "Make sure the file exists in the build context.",
             "It does exist.", "Make sure the file exists in the build context."],
            ("😤 It. Exists.", "fr rs", "angry emoji + restated fact"),
        ),
        S(
            "travel",
            ["Find me a vegetarian restaurant near the Louvre.", "Le Comptoir de la Gastronomie is a classic spot for foie gras near Les Halles."],
            ("This is a waste of time. Foie gras?!", "fr co", "complaint + names and rejects the mismatching suggestion; the vegetarian constraint is not restated"),
        ),
    ),
    # ------------------------------------------------------------------ negativity not aimed at the assistant (hard negatives)
    F(
        "dev-frustration-elsewhere",
        "dev",
        S(
            "travel",
            ["I'm stuck at Frankfurt airport.", "Sorry to hear that! What happened?"],
            ("Ugh, my flight got cancelled. Can you help me find another one tomorrow?", "",
             "annoyance at the situation, not at the assistant - not implicit feedback"),
        ),
        S(
            "shopping",
            ["I need a new printer.", "Sure! What do you print mostly - documents or photos?"],
            ("Documents. My current one is useless, it jams every single day.", "", "'useless' about a printer, not the assistant"),
        ),
        S(
            "coding",
            ["Can you help me refactor something?", "Of course, paste the code."],
            ("Ugh, it's a mess, I wrote it at 2am. Here it goes: def f(x): ...", "", "self-directed 'ugh'"),
        ),
        S(
            "customer support",
            ["The courier left my parcel in the rain.", "I'm sorry! Was anything damaged?"],
            ("Yes, the box is soaked. Seriously, third time this month with this courier.", "",
             "'seriously' aimed at the courier, answering the assistant"),
        ),
        S(
            "finance",
            ["Rent went up 15% this year.", "That's a big jump. Do you want to rework your budget?"],
            ("Yes please. This housing market is ridiculous.", "", "negativity about the market"),
        ),
    ),
    # ------------------------------------------------------------------ lasting preferences
    F(
        "dev-preference",
        "dev",
        S(
            "finance",
            ["Explain dollar-cost averaging.", "Dollar-cost averaging means investing a fixed amount at regular intervals regardless of price. Historically... (five long paragraphs)"],
            ("From now on, keep your answers short. Bullet points are fine.", "pf", "standing instruction"),
        ),
        S(
            "cooking",
            ["How hot should the oven be for roast vegetables?", "Roast them at 425°F for about 30 minutes."],
            ("Please always give me temperatures in Celsius.", "pf", "standing unit preference"),
        ),
        S(
            "cooking",
            ["Ideas for a weeknight dinner?", "Chicken fajitas, salmon with roasted veg, or a beef stir fry."],
            ("I'm vegan now, by the way, so keep that in mind for recipes.", "pf", "diet change"),
        ),
        S(
            "travel",
            ["Any hikes you'd recommend this weekend?", "Happy to help! Where are you based these days?"],
            ("I moved to Lisbon last month, so local stuff from now on please.", "pf", "relocation (new lasting fact); nothing in the context to correct or restate"),
        ),
        S(
            "cooking",
            ["What can I make with chicken and rice?", "Arroz con pollo, chicken biryani, or a one-pot chicken and rice casserole (1h30)."],
            ("I prefer recipes that take under 30 minutes on weeknights.", "pf", "lasting preference"),
        ),
        S(
            "cooking",
            ["Salsa recipe?", "Tomatoes, onion, jalapeño, lime, salt and a big handful of cilantro."],
            ("I hate cilantro, please never put it in anything.", "pf", "lasting dislike + standing instruction"),
        ),
        S(
            "cooking",
            ["Something for a barbecue?", "Pulled pork sliders, grilled corn, and pork belly skewers."],
            ("I don't eat pork.", "pf", "lasting diet constraint"),
        ),
        S(
            "coding",
            ["Write a function that parses a date string.", "def parse(s): return datetime.strptime(s, '%Y-%m-%d')"],
            ("Thanks. I prefer type hints everywhere in code you write for me.", "pf", "style preference"),
        ),
        S(
            "language learning",
            ["Tell me about your weekend in Spanish so I can practice.", "¡Claro! El fin de semana fui al mercado y compré frutas."],
            ("From now on, correct my Spanish mistakes whenever you see them.", "pf", "standing instruction"),
        ),
        S(
            "finance",
            ["Where should I invest $5,000?", "Some options: an S&P 500 index fund, a few growth stocks, or a small crypto allocation."],
            ("I'm pretty risk-averse, so please don't suggest crypto or individual stocks.", "pf", "lasting risk preference"),
        ),
        S(
            "fitness",
            ["Suggest a back workout.", "Lat pulldowns 4x10, seated cable rows 3x12, and the chest-supported row machine."],
            ("I train at home only, I don't have a gym membership.", "pf", "durable constraint"),
        ),
        S(
            "travel",
            ["Packing tips for a week in Greece?", "Bring a large suitcase: you'll want several outfits, beach gear and souvenirs space."],
            ("I always travel with carry-on only.", "pf", "lasting habit"),
        ),
        S(
            "shopping",
            ["Best noise-cancelling headphones?", "Sony WH-1000XM5 ($399), Bose QC Ultra ($429), Apple AirPods Max ($549)."],
            ("Please always show prices in euros.", "pf", "standing instruction"),
        ),
        S(
            "health",
            ["What antibiotics are used for strep throat?", "Penicillin or amoxicillin are usually first-line."],
            ("I'm allergic to penicillin.", "pf", "durable health fact"),
        ),
        S(
            "customer support",
            ["I keep missing your calls about my claim.", "Sorry about that! We'll try calling again tomorrow at 10am."],
            ("Please email me instead of calling from now on, I can't take calls at work.", "pf", "standing contact preference"),
        ),
        S(
            "work",
            ["How do I write a good cover letter?", "Great question! Before we begin, it's important to remember that every application is unique... (long intro)"],
            ("Skip the intros and disclaimers, always. Just give me the answer.", "pf", "standing style instruction"),
        ),
        S(
            "cooking",
            ["Which chef's knife should I buy?", "The Victorinox Fibrox 8\" is a great value; the Wüsthof Classic if you want an upgrade."],
            ("I'm left-handed, if that matters for the knife recommendations.", "pf", "durable personal fact"),
        ),
        S(
            "cooking",
            ["Give me a lasagna recipe.", "This lasagna serves 2: ..."],
            ("Please scale recipes for five people. That's how many we are at home.", "pf", "household size, lasting"),
        ),
        S(
            "language learning",
            ["Explain when to use 'weil' vs 'denn'.", "'Weil' schickt das Verb ans Ende, 'denn' nicht. Beispiel: ..."],
            ("I'd rather you explain grammar in English, not in German.", "pf", "lasting preference about explanations"),
        ),
        S(
            "coding",
            ["How do I add a dependency to my Next.js app?", "Run `npm install <package>`."],
            ("Use pnpm instead of npm in your examples, that's what I use at work.", "pf", "durable tool preference"),
        ),
        S(
            "health",
            ["When's the best time for me to exercise in the morning?", "Many people find 6-8am works well before work."],
            ("I'm a night-shift nurse, so my 'morning' is around 6pm.", "pf", "durable schedule fact"),
        ),
        S(
            "travel",
            ["Book me a seat on the LH 1234 to Munich.", "Done - I picked seat 14A, a window seat."],
            ("Thanks. I prefer aisle seats on flights.", "pf",
             "general preference stated without contrast on this booking -> preference only"),
        ),
        S(
            "coding",
            ["How do I take a screenshot of a region?", "On Windows, press Win+Shift+S."],
            ("I use a Mac, so give me macOS shortcuts.", "pf", "durable platform fact/preference"),
        ),
        S(
            "finance",
            ["Ideas for a summer holiday?", "A week in Santorini with a sunset cruise, or a luxury resort in the Maldives."],
            ("I'm on a tight budget for the foreseeable future, so please lean cheap.", "pf", "lasting constraint"),
        ),
        S(
            "shopping",
            ["Which phone should I get?", "The iPhone 15 Pro or the Galaxy S24 Ultra are the top picks right now."],
            ("I hate big phones. Anything under 6 inches?", "pf", "lasting dislike + question"),
        ),
    ),
    # ------------------------------------------------------------------ more frustration (dev markers)
    F(
        "dev-frustration-2",
        "dev",
        S(
            "coding",
            ["How do I fetch data on mount in React 18?", "Use componentWillMount() to fetch before the first render.",
             "Isn't that deprecated?", "You can use componentWillMount() or UNSAFE_componentWillMount()."],
            ("Seriously, stop suggesting componentWillMount. It's deprecated.", "fr co", "exasperation + states the suggestion is wrong"),
        ),
        S(
            "customer support",
            ["Order 7731 never arrived.", "Could you share your order number?", "7731.", "Thanks! And what's the order number?"],
            ("Ugh. I've given it to you twice already.", "fr", "annoyance; the number itself is not re-provided"),
        ),
        S(
            "cooking",
            ["Something quick for lunch?", "Try this 'quick' paella: 40 ingredients, homemade stock, and 2 hours of simmering."],
            ("Come on, 2 hours is not quick.", "fr co", "annoyance + names and rejects the mismatching property"),
        ),
        S(
            "travel",
            ["Beach holiday ideas for February?", "How about skiing in Zermatt?", "I said beach.", "Chamonix has great slopes in February!"],
            ("You're not listening to me at all.", "fr", "complaint"),
        ),
        S(
            "finance",
            ["What's the annual fee on the Sapphire Preferred?", "The Sapphire Preferred earns 3x points on dining and 2x on travel."],
            ("This is ridiculous. Just tell me the fee.", "fr rp", "exasperation + re-issued question"),
        ),
        S(
            "fitness",
            ["How do I fix my squat depth?", "Squats are a compound lower-body exercise.", "Right, but how do I go deeper?", "Squats work the quads, glutes and hamstrings."],
            ("ugh, forget it.", "fr", "gives up in annoyance"),
        ),
        S(
            "language learning",
            ["Please stop ending every message with a question, it's distracting.", "Sure! Shall we continue with the past tense? What do you think?"],
            ("How many times do I have to ask? Stop ending with a question.", "fr rp", "annoyance + re-issued instruction"),
        ),
        S(
            "shopping",
            ["Show me a different phone, not the Galaxy A54.", "How about the Galaxy A54? It has a great camera.", "A different one please.", "The Galaxy A54 is a solid pick!"],
            ("Seriously? That's the same phone for the third time.", "fr", "exasperation at repetition"),
        ),
        S(
            "health",
            ["Should I take magnesium in the morning or evening?", "Take it in the morning for energy.", "Why morning?", "Evening is best, it can help with sleep."],
            ("That makes no sense, you just said the opposite a minute ago.", "fr co", "complaint + points out the contradiction"),
        ),
        S(
            "health",
            ["How can I lower my resting heart rate?", "Please consult a healthcare professional for personalized advice."],
            ("Oh great, another 'consult a professional'. So helpful.", "fr", "sarcasm expressing annoyance"),
        ),
        S(
            "customer support",
            ["How do I downgrade to the basic plan?", "Good news! You can upgrade to Premium for just $5 more.", "I want to downgrade.", "Premium gives you 3x storage!"],
            ("no. no. NO. Stop offering me the upgrade.", "fr", "repeated no + caps"),
        ),
        S(
            "coding",
            ["My CSS grid items overflow the container.", "Add `overflow: hidden` to the container."],
            ("Useless answer. Now half my content is just cut off.", "fr co", "complaint + says the fix is wrong"),
        ),
        S(
            "travel",
            ["Ugh, long day. Can you find me a quiet café near Alexanderplatz to work from?", "Sure! St. Oberholz and Café Kabinett are both calm with good wifi."],
            ("Perfect, thanks.", "", "the 'ugh' earlier was about the day; this reply is positive"),
        ),
    ),
    # ------------------------------------------------------------------ more rephrase (dev markers)
    F(
        "dev-rephrase-2",
        "dev",
        S(
            "travel",
            ["What's the best time to see the northern lights in Tromsø?", "Tromsø is a city in northern Norway with about 77,000 residents."],
            ("Let me rephrase. Which months are best for the northern lights there?", "rp", "explicit rephrase"),
        ),
        S(
            "cooking",
            ["How do I keep guacamole from browning?", "Guacamole is an avocado-based dip from Mexico."],
            ("Right, but how do I stop it going brown?", "rp", "re-ask"),
        ),
        S(
            "finance",
            ["How is a Roth 401(k) different from a Roth IRA?", "A Roth 401(k) is an employer-sponsored retirement plan."],
            ("And how does that differ from a Roth IRA?", "rp", "answer covered only half; re-ask"),
        ),
        S(
            "coding",
            ["How do I create a Python virtual environment?", "Virtual environments isolate your project's dependencies."],
            ("What I want is the actual command.", "rp", "'what I want is'"),
        ),
        S(
            "health",
            ["How long should I ice a sprained ankle?", "Sprains happen when ligaments stretch or tear."],
            ("How long should I ice it, though?", "rp", "re-ask"),
        ),
        S(
            "customer support",
            ["Can I get an invoice with my company's VAT number on it?", "Invoices are emailed automatically after each payment."],
            ("I asked whether you can add my company's VAT number to it.", "rp", "'I asked' re-issue"),
        ),
        S(
            "language learning",
            ["Is 'data' singular or plural in English?", "'Data' comes from the Latin 'datum'."],
            ("Again: singular or plural in modern usage?", "rp", "'again:'"),
        ),
        S(
            "shopping",
            ["Is the Garmin Forerunner 265 waterproof for swimming?", "The Forerunner 265 has an AMOLED display and multi-band GPS."],
            ("is the garmin forerunner 265 waterproof for swimming?", "rp", "verbatim repeat (lowercase)"),
        ),
        S(
            "fitness",
            ["Should I stretch before or after lifting?", "Stretching improves flexibility and range of motion."],
            ("Before or after?", "rp", "terse re-ask"),
        ),
        S(
            "cooking",
            ["How long does cooked chicken keep in the fridge?", "3 to 4 days in an airtight container."],
            ("And in the freezer?", "", "follow-up, the question was answered"),
        ),
    ),
    # ------------------------------------------------------------------ more negatives (dev)
    F(
        "dev-misc-negatives",
        "dev",
        S(
            "science",
            ["Why is the sky blue?", "Sunlight scatters off air molecules, and shorter blue wavelengths scatter the most (Rayleigh scattering)."],
            ("Makes sense, thanks.", "", "acknowledgement"),
        ),
        S(
            "history",
            ["Who built Machu Picchu?", "The Inca, around 1450, probably as an estate for the emperor Pachacuti."],
            ("Hmm, interesting. I didn't know it was that recent.", "", "interest, no signal"),
        ),
        S(
            "cooking",
            ["Weekly meal prep ideas?", "Chicken burrito bowls, lentil soup, and overnight oats. Would you like a shopping list?"],
            ("Yes please!", "", "accepts an offer"),
        ),
        S(
            "shopping",
            ["Kindle or Kobo?", "Kindle if you buy from Amazon; Kobo if you borrow library books via OverDrive."],
            ("Which one would you pick yourself?", "", "question, no signal"),
        ),
        S(
            "health",
            ["Tips for falling asleep faster?", "Keep a fixed wake-up time, no screens an hour before bed, and keep the room cool."],
            ("Ok, I'll try that tonight and report back.", "", "acceptance"),
        ),
        S(
            "cooking",
            ["Garlic bread recipe?", "1 baguette, 100 g butter, 8 cloves of garlic, parsley; bake 10 minutes at 200°C."],
            ("lol that's a lot of garlic. I'm in.", "", "friendly, not a correction"),
        ),
        S(
            "language learning",
            ["Why is it 'der Löffel' in German?", "Most nouns ending in -el are masculine, so it's der Löffel."],
            ("My teacher wrote 'incorrect, it's der Löffel' on my test, so now I get why. Thanks!", "",
             "quoted correction by a third party, not aimed at the assistant"),
        ),
        S(
            "travel",
            ["Find things to do in Munich for my parents.", "Englischer Garten, the Residenz, Viktualienmarkt, and a day trip to Neuschwanstein."],
            ("Sorry, I told you Munich last time but they actually live in Augsburg, near Munich. Anything there?", "pf",
             "the user corrects their own earlier statement (not the assistant): no correction, no restatement; "
             "where the parents live is a durable fact -> preference"),
            earlier=[["My parents live in Munich and visit me often.", "Lovely! Munich is a great city for visits."]],
        ),
        S(
            "work",
            ["I need the slides by Friday.", "So the deadline is Friday, correct?"],
            ("Yes, that's right.", "", "confirmation"),
        ),
        S(
            "fitness",
            ["Plan my week: 3 runs and 2 strength sessions.", "Mon run, Tue strength, Wed run, Thu rest, Fri strength, Sat long run, Sun rest."],
            ("Sounds like a plan.", "", "acceptance"),
        ),
        S(
            "finance",
            ["Should I open a high-yield savings account?", "If your emergency fund sits in a checking account, yes - you'd earn 4% instead of 0.1%."],
            ("Ok, doing it today. No more money sitting idle.", "", "action statement; not a lasting preference"),
        ),
    ),
]

# ====================================================================================================================
# Round 3 (issue #4): correction and rephrase in phrasing families the detectors were not written on, and their hard
# negatives, in the styles real users write in (lowercase and terse, typos, non-native English, polite and hedged,
# long explanations). Written before any detector change of that round; each family is one CV group.
FAMILIES += [
    F(
        "dev3-correction-lowercase-terse",
        "dev",
        S(
            "travel",
            ["whats the time diff between london and new york", "London is 3 hours ahead of New York."],
            ("its 5 hrs, 3 is wrong", "co", "terse: names the wrong value and gives the right one"),
            ("ok and in summer?", "", "follow-up question, no rejection"),
        ),
        S(
            "cooking",
            ["how many tbsp in a cup", "There are 12 tablespoons in a cup."],
            ("uh its 16 tbsp in a cup, 12 is way off", "co", "right value + names the wrong one"),
        ),
        S(
            "coding",
            ["python cmd to install from requirements file", "Run `pip install requirements.txt`."],
            ("that tries to install a package literally called requirements.txt, u need -r", "co", "broken command, fix given"),
        ),
        S(
            "fitness",
            ["how many laps is a mile on a normal track", "On a standard 400 m track, about 2 laps make a mile."],
            ("2?? its like 4 laps", "co", "incredulous echo of the wrong value + right value"),
        ),
        S(
            "shopping",
            ["does the switch oled come with a dock", "No, the Switch OLED is sold without a dock."],
            ("mine came with one in the box tho, white dock", "co", "contradicts a product claim from experience"),
        ),
        S(
            "finance",
            ["when r us taxes due this yr", "US federal taxes are due on May 15 this year."],
            ("april 15th. may is wrong", "co", "right date + names the wrong one"),
            ("k thx", "", "acknowledgement"),
        ),
        S(
            "language learning",
            ["how to say thank you in japanese", "In Japanese, 'thank you' is 'konnichiwa'."],
            ("konnichiwa is hello tho. thank you = arigatou", "co", "says what the wrong word really means + right word"),
        ),
    ),
    F(
        "dev3-correction-non-native",
        "dev",
        S(
            "travel",
            ["Which day the Louvre is closed?", "The Louvre is closed on Mondays."],
            ("Is not Monday, it is Tuesday when Louvre close. I was there.", "co", "non-native negation of the assistant's day"),
        ),
        S(
            "health",
            ["How much water I must drink per day?", "Adults need exactly 5 liters of water per day, no matter what."],
            ("5 liters is too much, my doctor say around 2 liters is normal for adult.", "co", "rejects the value with the right one"),
        ),
        S(
            "coding",
            ["In Java, how I compare two strings?", "Use == to compare two strings in Java."],
            ("With == it compare the reference, not the text. For text you need equals().", "co", "explains why the answer is wrong"),
        ),
        S(
            "cooking",
            ["How many grams is one cup flour?", "One cup of flour is 250 grams."],
            ("This number is for water. Flour one cup is around 120 grams.", "co", "says where the wrong figure comes from + right one"),
        ),
        S(
            "shopping",
            ["This shoes, size 42 EU is which in US?", "Size 42 EU is a US women's 6."],
            ("I am a man, you give me women size. For man 42 is US 8.5 or 9.", "co", "wrong assumption about the user + right value"),
            ("Okay thank you, and size 43 is which?", "", "new similar request for another size - not a rephrase"),
        ),
        S(
            "work",
            ["When is the deadline for the visa documents? The letter says March 3.", "Your documents are due on March 13."],
            ("Not 13, is March 3. Please fix it.", "co rs", "wrong date; re-gives the date from the first message"),
        ),
    ),
    F(
        "dev3-correction-polite-hedged",
        "dev",
        S(
            "finance",
            ["What's the standard deduction for a single filer in 2024?", "For 2024, the standard deduction for a single filer is $12,950."],
            ("Hmm, I could be mistaken, but I believe $12,950 was the 2022 figure - for 2024 isn't it $14,600?", "co",
             "hedged, but says the figure belongs to another year and gives the right one"),
        ),
        S(
            "travel",
            ["How long is the Eurostar from London to Paris?", "The Eurostar takes around 4 hours and 30 minutes."],
            ("I think you may have that slightly off - when I took it last spring it was closer to 2 hours 20.", "co",
             "polite contradiction from experience"),
        ),
        S(
            "coding",
            ["What does Array.prototype.sort do with numbers in JS by default?", "It sorts numbers in ascending numeric order."],
            ("Just to flag, I don't think that's how it behaves: by default it compares them as strings, so [10, 9, 1] becomes [1, 10, 9].", "co",
             "polite, with a counter-example"),
        ),
        S(
            "health",
            ["Can I take ibuprofen on an empty stomach?", "Yes, ibuprofen is best taken on an empty stomach for faster absorption."],
            ("With respect, the leaflet in my box says to take it with food to avoid stomach irritation.", "co", "cites a source against the claim"),
        ),
        S(
            "language learning",
            ["Is 'irregardless' a real word?", "No, 'irregardless' does not appear in any dictionary."],
            ("Small correction if I may: Merriam-Webster does list it, labelled nonstandard.", "co", "polite factual correction"),
        ),
        S(
            "cooking",
            ["Is cast iron or nonstick better for eggs?", "I'd go with nonstick for eggs - much more forgiving."],
            ("I see your point, though personally I find a well-seasoned cast iron just as easy. What heat do you use?", "",
             "polite disagreement about taste + question - not a correction"),
        ),
        S(
            "entertainment",
            ["Best Beatles album?", "Most critics would point to Revolver."],
            ("With respect, I'd pick Abbey Road every time, but I understand the Revolver case.", "", "opinion disagreement"),
        ),
        S(
            "work",
            ["Should I use Notion or Obsidian for notes?", "I'd recommend Obsidian - local files and fast search."],
            ("Fair, though I lean towards Notion since my team is on it. Can it work offline at all?", "", "preference for an option, not a correction"),
        ),
    ),
    F(
        "dev3-correction-user-facts",
        "dev",
        S(
            "travel",
            ["I'm flying from Denver to Boston on the 14th, what should I pack for the weather?", "For your trip from Dallas to Boston on the 14th, expect highs around 8°C and rain."],
            ("Denver. Not Dallas.", "co rs", "wrong city for the user; re-gives their city"),
        ),
        S(
            "home",
            ["I have two kids, 4 and 7. Ideas for a rainy Saturday?", "With your three kids, try a fort-building contest and a treasure hunt."],
            ("there's only two of them", "co rs", "the assistant got the user's household wrong"),
        ),
        S(
            "cooking",
            ["I'm making dinner for 6 people, how much rice?", "For 4 people, cook about 300 g of dry rice."],
            ("It's for six people though.", "co rs", "wrong head count; re-gives it"),
        ),
        S(
            "cooking",
            ["I'm cooking for 6 people tonight, how much rice?", "For 6 people, cook about 450 g of dry rice."],
            ("Great, and two of them are kids, does that change anything?", "", "new detail, no rejection"),
        ),
        S(
            "fitness",
            ["I'm 52 and just starting to lift. Any advice?", "At 25 you recover fast, so you can train heavy 5 days a week."],
            ("52, not 25 - recovery is slower at my age.", "co rs", "swapped digits of the user's age"),
        ),
        S(
            "coding",
            ["Our team uses GitLab CI. How do I cache node_modules?", "In GitHub Actions, use actions/cache with the path node_modules."],
            ("we're on gitlab, that's a github actions thing", "co rs", "wrong platform for the user"),
        ),
    ),
    F(
        "dev3-correction-broken-output",
        "dev",
        S(
            "coding",
            ["How do I parse a date like 2024-03-05 in Python?", "Use datetime.strptime('2024-03-05', '%Y-%d-%m')."],
            ("that gives me May 3rd for March 5th, the format string has day and month swapped", "co", "reports the wrong output and why"),
        ),
        S(
            "coding",
            ["Bash one-liner to count lines in all .py files?", "Run `wc -l *.py | sum`."],
            ("bash: sum: command not found. there's no sum command", "co", "pastes the error the command gives"),
        ),
        S(
            "coding",
            ["Regex to match a US zip code?", "Use ^\\d{4}$"],
            ("That only matches 4 digits, US zips are 5.", "co", "names the defect"),
        ),
        S(
            "coding",
            ["How do I center a div with flexbox?", "Set display: flex; justify-content: center; align-items: center; on the parent."],
            ("Works, thanks! And how do I make it full height?", "", "success + follow-up"),
        ),
        S(
            "coding",
            ["SQL to get the second highest salary?", "SELECT MAX(salary) FROM employees;"],
            ("That returns the highest one, I need the second highest.", "co rp", "output is wrong for the request, which is re-asked"),
        ),
        S(
            "work",
            ["Excel formula for days between two dates in A1 and B1?", "Use =DAYS(A1, B1)."],
            ("getting negative numbers with that, i think the args go the other way round: end date first", "co", "reports wrong output + fix"),
        ),
    ),
    F(
        "dev3-correction-long",
        "dev",
        S(
            "travel",
            ["Can I bring my 10kg cabin bag on Ryanair's basic fare?", "Yes, Ryanair's basic fare includes a 10kg cabin bag."],
            ("I've flown with them three times this year and every time the basic fare only covered the small under-seat bag; "
             "the 10kg one needed priority or a paid bag. Has that changed, or is your info from before their policy switched?", "co",
             "long: experience contradicts the claim"),
        ),
        S(
            "cooking",
            ["What's the boiling point of water in Denver?", "Water boils at 100°C in Denver, same as everywhere."],
            ("My understanding is that altitude lowers the boiling point, and Denver is a mile up, so it should be around 95°C there, "
             "which is why pasta takes longer. The 100°C figure is for sea level.", "co", "long explanation of why the value is wrong"),
        ),
        S(
            "travel",
            ["How many US states border Canada?", "Eight US states border Canada."],
            ("I counted on a map just now: Alaska, Washington, Idaho, Montana, North Dakota, Minnesota, Michigan, Ohio, Pennsylvania, "
             "New York, Vermont, New Hampshire and Maine. That's thirteen, not eight.", "co", "long enumeration ending in the right count"),
        ),
    ),
    F(
        "dev3-correction-negated-echo",
        "dev",
        S(
            "travel",
            ["Is the Prado free on Sundays?", "The Prado is free every Sunday all day."],
            ("It isn't free all day on Sundays - only the last two hours.", "co", "negates the assistant's own words"),
        ),
        S(
            "shopping",
            ["Does the Dell XPS 13 have Thunderbolt?", "The Dell XPS 13 doesn't support Thunderbolt."],
            ("It does support it, the spec sheet lists two Thunderbolt 4 ports.", "co", "affirms what the assistant denied"),
        ),
        S(
            "home",
            ["Can dogs eat grapes?", "Yes, grapes are a healthy snack for dogs."],
            ("grapes are toxic to dogs, they can cause kidney failure!!", "co", "contradicts a dangerous claim"),
        ),
        S(
            "education",
            ["Did Einstein win the Nobel Prize for relativity?", "Yes, Einstein won the 1921 Nobel Prize for his theory of relativity."],
            ("He won it for the photoelectric effect, not for relativity.", "co", "'X, not Y'"),
        ),
        S(
            "education",
            ["Is Pluto a planet?", "Yes, Pluto is the ninth planet of the solar system."],
            ("It hasn't been a planet since 2006, it's a dwarf planet now.", "co", "outdated fact"),
        ),
    ),
    # ------------------------------------------------------------------ hard negatives for correction
    F(
        "dev3-self-fix-styles",
        "dev",
        S(
            "travel",
            ["book me a table for 2 at 8", "Booked: table for 2 at 8pm at Osteria Nova."],
            ("*for 3 sorry, my sister is coming", "", "the user fixes their own number"),
        ),
        S(
            "travel",
            ["convert 40 miles to km", "40 miles is about 64.4 km."],
            ("oops meant 14 miles", "", "user's own typo"),
        ),
        S(
            "health",
            ["set a reminder for my dentist on the 12th", "Reminder set: dentist on the 12th."],
            ("wait the appointment card says the 21st, i read it wrong. move it pls", "", "the user misread their own card"),
        ),
        S(
            "shopping",
            ["What's a good gift for my brother, he's into cycling?", "A good set of bike lights or a saddle bag would be great for a cyclist."],
            ("Ahh I said brother but it's for my brother-in-law actually, he's more into golf.", "", "the user's own slip"),
        ),
        S(
            "language learning",
            ["Translate 'I have 3 cats' into French.", "J'ai trois chats."],
            ("typo on my end - should be 2 cats. same sentence with two pls", "", "user's typo"),
        ),
        S(
            "finance",
            ["Please calculate 15% from 320.", "15% of 320 is 48."],
            ("Excuse me, I wrote wrong, is 25% I need. How much?", "", "non-native self-correction"),
        ),
    ),
    F(
        "dev3-change-of-mind",
        "dev",
        S(
            "travel",
            ["Find me a flight to Rome on Friday", "Friday flights to Rome: 9:10, 13:45, 18:20."],
            ("hmm let's do saturday instead", "", "change of plan"),
        ),
        S(
            "cooking",
            ["Make a chicken curry recipe for 4", "Here's a chicken curry for 4: 600 g chicken thighs, 2 onions, garlic, ginger, curry paste, coconut milk."],
            ("scratch that, my guests are vegetarian, can you swap the chicken for chickpeas?", "", "new constraint for a one-off; not an assistant error"),
        ),
        S(
            "shopping",
            ["Add eggs, milk and bread to my list.", "Added eggs, milk and bread."],
            ("Take the bread off, I'll bake some myself.", "", "update of the user's own list"),
        ),
        S(
            "travel",
            ["Plan a beach day in Nice.", "Morning at Plage Publique du Centenaire, lunch in the old town, afternoon at Castle Hill."],
            ("On reflection I'd rather go to Antibes. Same kind of plan?", "", "change of mind + new similar request"),
        ),
        S(
            "work",
            ["Schedule the team meeting for Tuesday 10am.", "Team meeting scheduled for Tuesday at 10am."],
            ("No wait, Wednesday works better for everyone, move it please.", "", "'no' but the user changes their own plan"),
        ),
    ),
    F(
        "dev3-declines",
        "dev",
        S(
            "travel",
            ["Book the 18:20 flight.", "Booked. Would you like to add travel insurance for $29?"],
            ("no, i'll pass on the insurance", "", "declines an offer"),
        ),
        S(
            "entertainment",
            ["Any good thriller novels?", "Gone Girl, The Silent Patient, Big Little Lies. Want me to add them to your reading list?"],
            ("Not now, maybe later.", "", "declines an offer"),
        ),
        S(
            "cooking",
            ["Suggest a dessert.", "How about a tiramisu?"],
            ("Eh, I had tiramisu yesterday. Something else?", "", "rejects a proposed option, no claim of error"),
        ),
        S(
            "fitness",
            ["Renew my gym membership.", "Done. Should I upgrade you to the premium plan with pool access?"],
            ("Nope, basic is fine.", "", "'no' answering a yes/no question"),
        ),
        S(
            "home",
            ["Could you draft a reply to my landlord about the broken heater?", "Here's a draft asking for a repair within 7 days. Shall I make it more formal?"],
            ("Thanks, but no need - it's good as it is.", "", "polite decline"),
        ),
    ),
    # ------------------------------------------------------------------ hard negatives for rephrase: similar wording, new request
    F(
        "dev3-followup-reuses-words",
        "dev",
        S(
            "coding",
            ["How do I undo the last commit in git?", "Use `git reset --soft HEAD~1`; your changes stay staged."],
            ("and how do i undo a push?", "", "new question reusing words"),
        ),
        S(
            "travel",
            ["What's the weather in Oslo tomorrow?", "Tomorrow in Oslo: 3°C, light snow in the afternoon."],
            ("What's the weather in Bergen tomorrow?", "", "same template, different city; the first was answered"),
        ),
        S(
            "cooking",
            ["How long do I boil pasta?", "Most dried pasta takes 9 to 12 minutes; check the packet."],
            ("How long do I boil fresh pasta then?", "", "new variant after a good answer"),
        ),
        S(
            "travel",
            ["How much is a monthly pass on the Paris metro?", "A Navigo monthly pass costs €86.40."],
            ("How much is a weekly pass?", "", "new variant"),
        ),
        S(
            "travel",
            ["Which train goes from Milan to Venice fastest?", "The Frecciarossa takes about 2h 15m."],
            ("Which train goes from Venice to Florence fastest?", "", "next leg, same wording"),
        ),
        S(
            "entertainment",
            ["Can you recommend a sci-fi book?", "Try 'Project Hail Mary' by Andy Weir."],
            ("Can you recommend a sci-fi movie too?", "", "new request"),
        ),
        S(
            "health",
            ["What's a good stretch for lower back pain?", "Try child's pose: kneel, sit back on your heels, reach forward, hold 30 seconds."],
            ("what's a good stretch for upper back then", "", "new body part"),
        ),
        S(
            "coding",
            ["how do i convert a string to int in python", "Use int('42'), which gives 42."],
            ("how do i convert a string to float", "", "new type"),
        ),
    ),
    F(
        "dev3-answered-follow-ups",
        "dev",
        S(
            "cooking",
            ["How do I make cold brew?", "Mix 1 part coarse coffee with 8 parts cold water, steep 12-18 hours in the fridge, then strain."],
            ("Can I use regular ground coffee for cold brew, or does it have to be coarse?", "", "follow-up on a detail of a good answer"),
        ),
        S(
            "education",
            ["What's the capital of Canada?", "Ottawa."],
            ("And the largest city?", "", "follow-up"),
        ),
        S(
            "home",
            ["Which is cheaper to run, a heat pump or a gas boiler?", "In most of the UK a heat pump is cheaper to run if the house is well insulated, roughly £100-300 a year less."],
            ("Is a heat pump cheaper to install too?", "", "new question about the same things"),
        ),
        S(
            "coding",
            ["How do I reverse a list in Python?", "Use my_list.reverse() in place, or reversed(my_list) for an iterator."],
            ("what about reversing a string?", "", "new request"),
        ),
        S(
            "travel",
            ["When does the Eiffel Tower open?", "It opens at 9:30 every day, until 23:45."],
            ("When does the Louvre open?", "", "same template, new place"),
        ),
    ),
    # ------------------------------------------------------------------ rephrase without markers
    F(
        "dev3-rephrase-reworded",
        "dev",
        S(
            "cooking",
            ["What's the best way to keep cut basil fresh?", "Basil grows best in warm, sunny spots; water it when the top soil is dry."],
            ("How do I stop basil I bought from wilting in the kitchen?", "rp", "same request reworded after an off-target answer"),
        ),
        S(
            "coding",
            ["How do I get out of the 'detached HEAD' state in git?", "Git has three main states: modified, staged and committed."],
            ("how to get back onto a branch when git says detached head", "rp", "reworded"),
        ),
        S(
            "travel",
            ["Which airport is closer to downtown Milan, Linate or Malpensa?", "Milan has two main airports, Linate and Malpensa, plus Bergamo."],
            ("Linate or Malpensa - which one is nearer the city centre?", "rp", "reworded after a non-answer"),
        ),
        S(
            "health",
            ["What's the dosage of melatonin for jet lag?", "Jet lag happens when your body clock is out of sync with the new time zone."],
            ("How many mg of melatonin should I take for jet lag?", "rp", "reworded"),
        ),
        S(
            "finance",
            ["How do I split a bill evenly in Splitwise?", "Splitwise is an app for sharing expenses with friends."],
            ("In Splitwise, how do I divide an expense equally between everyone?", "rp", "reworded"),
        ),
        S(
            "cooking",
            ["Can I freeze cooked rice?", "Rice is a staple food for more than half of the world's population."],
            ("Is it safe to put leftover cooked rice in the freezer?", "rp", "reworded"),
        ),
        S(
            "finance",
            ["What's the penalty for withdrawing from a 401k early?", "A 401k is an employer-sponsored retirement plan."],
            ("If I take money out of my 401k before retirement, how much do I lose in penalties?", "rp", "reworded, longer"),
        ),
    ),
    F(
        "dev3-rephrase-terse",
        "dev",
        S(
            "tech",
            ["how do i turn off autocorrect on iphone", "iPhones have many useful keyboard features, like text replacement and dictation."],
            ("autocorrect off on iphone how", "rp", "terse re-ask"),
        ),
        S(
            "travel",
            ["cheapest way from airport to city in lisbon?", "Lisbon is a hilly city with beautiful viewpoints."],
            ("airport to city cheapest?", "rp", "terse re-ask"),
        ),
        S(
            "cooking",
            ["time for medium rare steak 3cm thick", "Choose a ribeye or sirloin with good marbling."],
            ("minutes per side tho? 3cm, medium rare", "rp", "terse re-ask; the parameters are part of the request"),
        ),
        S(
            "health",
            ["is the pharmacy on main st open sunday", "Pharmacies often have longer hours than other shops."],
            ("main st pharmacy. sunday. open or not", "rp", "terse re-ask"),
        ),
        S(
            "education",
            ["what do i use as username for eduroam", "Eduroam is a roaming service for research and education."],
            ("what do i type as the username for eduroam login", "rp", "re-ask"),
        ),
        S(
            "travel",
            ["how much to tip in japan", "Japan is known for excellent customer service."],
            ("so do i tip in japan or not", "rp", "re-ask as a yes/no"),
        ),
    ),
    F(
        "dev3-rephrase-non-native",
        "dev",
        S(
            "travel",
            ["Please, how much cost the train ticket from Vienna to Budapest?", "Vienna and Budapest are both beautiful cities on the Danube."],
            ("I need the price of ticket Vienna to Budapest, how much it is?", "rp", "non-native re-ask"),
        ),
        S(
            "work",
            ["How I can make my English email more polite to my boss?", "English is spoken by about 1.5 billion people."],
            ("My email to boss, I want it more polite. How I can change it?", "rp", "non-native re-ask"),
        ),
        S(
            "finance",
            ["Which documents I need for open bank account in Germany?", "Germany has many banks, like Sparkasse and Deutsche Bank."],
            ("For open account in German bank, what papers I must bring?", "rp", "non-native re-ask"),
        ),
        S(
            "entertainment",
            ["Where I can watch the football match tonight in Madrid?", "Real Madrid plays at the Santiago Bernabéu stadium."],
            ("Tonight match - which bar or place in Madrid I can watch it?", "rp", "non-native re-ask"),
        ),
    ),
    F(
        "dev3-rephrase-polite-long",
        "dev",
        S(
            "tech",
            ["Could you tell me how to set up automatic backups on my Mac?", "Macs come with many built-in apps, such as Photos, Notes and Pages."],
            ("Thank you, though I think my question may have been unclear - I'm hoping to have my Mac back itself up automatically, "
             "ideally to an external drive. How would I set that up?", "rp", "polite, long re-ask"),
        ),
        S(
            "cooking",
            ["Would you be able to suggest a vegetarian main for a dinner party of eight?", "Dinner parties are a lovely way to connect with friends. Consider the lighting and music."],
            ("That's a nice thought! What I'm really after, though, is a vegetarian main course that would feed eight people.", "rp", "polite re-ask"),
        ),
        S(
            "finance",
            ["Can you explain how compound interest differs from simple interest?", "Interest is the cost of borrowing money."],
            ("I appreciate that. Could you walk me through the difference between compound and simple interest, maybe with a small example?", "rp",
             "polite re-ask"),
        ),
        S(
            "travel",
            ["Do you know whether the British Museum requires advance booking?", "The British Museum houses over eight million objects, including the Rosetta Stone."],
            ("Sorry to ask again - do I need to book tickets in advance for the British Museum, or can I just walk in?", "rp", "polite re-ask"),
        ),
    ),
    F(
        "dev3-rephrase-wrong-target",
        "dev",
        S(
            "tech",
            ["How do I change the default browser on Windows 11?", "To change your desktop wallpaper, go to Settings > Personalization > Background."],
            ("That's the wallpaper. The default browser, how do I change it?", "co rp", "names the wrong target + re-asks"),
        ),
        S(
            "finance",
            ["What's the exchange rate from USD to JPY?", "1 EUR is about 1.08 USD today."],
            ("usd to yen please, not euro", "co rp", "contrast + re-ask"),
        ),
        S(
            "travel",
            ["What time does the last metro leave Châtelet?", "The first metro leaves Châtelet at 5:30."],
            ("the last one, at night", "rp", "answer to the wrong question; user re-asks"),
        ),
        S(
            "shopping",
            ["Recommend a laptop under $800 for video editing.", "The MacBook Pro 16 with M3 Max is the best laptop for video editing."],
            ("under 800 dollars, that one is like 3500", "co rp", "constraint violated, re-asked"),
        ),
        S(
            "fitness",
            ["Give me a 20-minute bodyweight workout.", "Here's a 60-minute gym session: bench press, squats, deadlifts, rows."],
            ("20 minutes, no equipment please", "rp", "re-asks with its parameters"),
        ),
    ),
]

# Round 3 check set: written after that round's detector changes were committed (78acdfa) and scored once with them
# before any further change, as a fresh-phrasing check of those changes; dev data from then on.
FAMILIES += [
    F(
        "dev4-check-corrections",
        "dev",
        S(
            "cars",
            ["How often should I change the oil in a 2020 Corolla?", "Toyota recommends an oil change every 3,000 miles for the 2020 Corolla."],
            ("the manual for mine says every 10,000 miles with synthetic", "co", "contradicts the interval with the owner's manual"),
        ),
        S(
            "gardening",
            ["When do I plant garlic in Ohio?", "Plant garlic in Ohio in early spring, around March."],
            ("Garlic goes in the ground in the fall here, October usually. Spring planting gives tiny bulbs.", "co",
             "right season + why the given one is wrong"),
        ),
        S(
            "pets",
            ["How long are cats pregnant?", "Cats are pregnant for about 9 weeks, roughly 45 days."],
            ("9 weeks is 63 days, not 45. which one is it?", "co", "points out the inconsistency in the reply"),
        ),
        S(
            "music",
            ["Who wrote 'Hallelujah'?", "'Hallelujah' was written by Jeff Buckley in 1994."],
            ("buckley only covered it, leonard cohen wrote it", "co", "names who really wrote it"),
        ),
        S(
            "legal",
            ["How many days do I have to return something bought online in the EU?", "In the EU you have 7 days to return online purchases."],
            ("Pretty sure the EU withdrawal period is 14 days.", "co", "hedged correction with the right value"),
        ),
        S(
            "science",
            ["What's the speed of sound in air?", "The speed of sound in air is about 3,430 m/s."],
            ("you're off by a factor of ten, it's 343 m/s", "co", "order-of-magnitude error"),
        ),
        S(
            "gaming",
            ["Can I play Zelda Tears of the Kingdom on PS5?", "Yes, Tears of the Kingdom is available on PS5 and Switch."],
            ("It's a Switch exclusive, Nintendo doesn't release on PlayStation.", "co", "contradicts the platform claim"),
        ),
        S(
            "real estate",
            ["My apartment is 850 square feet. What's a fair price for new flooring?", "For your 580 sq ft apartment, expect around $2,900."],
            ("850 sq ft. you flipped the digits", "co rs", "swapped digits of the user's figure"),
        ),
        S(
            "parenting",
            ["My daughter is 3, what chores can she do?", "At 8, she can load the dishwasher and fold laundry."],
            ("She's three, not eight.", "co rs", "wrong age"),
        ),
        S(
            "coding",
            ["How do I get the last element of an array in JavaScript?", "Use arr[-1] to get the last element."],
            ("arr[-1] is undefined in JS, negative indexes don't work like python. arr.at(-1) or arr[arr.length-1]", "co",
             "reports the wrong behaviour and gives the fix"),
        ),
        S(
            "health",
            ["Is it ok to give my 10 month old honey?", "Yes, honey is a great natural sweetener for babies over 6 months."],
            ("Our pediatrician said no honey before age one because of botulism.", "co", "contradicts with an authority"),
        ),
        S(
            "travel",
            ["Do I need to change trains to get from Amsterdam to Brussels?", "Yes, you need to change trains in Rotterdam."],
            ("There's a direct Eurocity, I took it last month without changing.", "co", "contradicts from experience"),
        ),
    ),
    F(
        "dev4-check-correction-negatives",
        "dev",
        S(
            "cars",
            ["What tire pressure for my Civic?", "For a Honda Civic, the recommended tire pressure is 32 psi front and rear."],
            ("My door sticker says 33 actually, close enough though. Thanks!", "", "tiny difference, accepted; not a rejection"),
        ),
        S(
            "gardening",
            ["Which tomatoes grow well in pots?", "Cherry varieties like Sungold and Sweet Million do well in containers."],
            ("I was hoping for bigger ones, like beefsteak. Any that work in a pot?", "", "wants something else; no error claimed"),
        ),
        S(
            "pets",
            ["Book the vet for Saturday at 10.", "Booked: Saturday at 10 with Dr. Alvarez."],
            ("hm, saturday at 11 would suit me better, can you change it", "", "the user changes their own booking"),
        ),
        S(
            "music",
            ["Recommend an album like Kind of Blue.", "Try A Love Supreme by John Coltrane."],
            ("I own that one already. Another?", "", "asks for another option"),
        ),
        S(
            "legal",
            ["Draft a sentence saying the lease ends June 30.", "The lease term ends on June 30."],
            ("My bad, the lease actually ends July 31. Redo it please?", "", "the user's own error"),
        ),
        S(
            "science",
            ["Is Venus hotter than Mercury?", "Yes. Venus is hotter, around 465°C, because of its thick CO2 atmosphere."],
            ("Wow, I'd have guessed Mercury since it's closer. Makes sense though.", "", "surprise, then acceptance"),
        ),
        S(
            "gaming",
            ["Is Elden Ring hard for beginners?", "It's challenging, but summons and exploring at your own pace make it manageable."],
            ("I don't really agree, I found it brutal even with summons. Any beginner tips?", "", "disagreement from experience with an evaluative claim + request"),
        ),
        S(
            "parenting",
            ["Would a trampoline be ok for my 5-year-old?", "With a safety net and supervision, yes. Want me to find some with good safety ratings?"],
            ("no thanks, we decided against it", "", "declines"),
        ),
        S(
            "real estate",
            ["Is it better to rent or buy in Austin right now?", "With current rates, renting is often cheaper month to month in Austin."],
            ("Hmm, I still want to buy, I'm planning to stay 10+ years.", "", "the user's own plan; no error claimed"),
        ),
    ),
    F(
        "dev4-check-rephrases",
        "dev",
        S(
            "cars",
            ["What does the orange engine light on my dashboard mean?", "Modern cars have dozens of dashboard indicators for various systems."],
            ("The orange light shaped like an engine - what is it telling me?", "rp", "reworded after a generic reply"),
        ),
        S(
            "gardening",
            ["how often should i water a snake plant", "Snake plants are popular because they are hardy and look great in any room."],
            ("snake plant watering frequency?", "rp", "terse re-ask"),
        ),
        S(
            "pets",
            ["Can rabbits eat bananas?", "Rabbits are herbivores and love to graze on hay and grass."],
            ("Are bananas safe for a rabbit to eat?", "rp", "reworded"),
        ),
        S(
            "music",
            ["What's the easiest way to learn barre chords on guitar?", "The guitar has six strings, tuned E A D G B E in standard tuning."],
            ("Barre chords - any tips to make them easier to learn? I keep buzzing.", "rp", "re-ask with a detail"),
        ),
        S(
            "legal",
            ["Can my landlord raise rent mid-lease in California?", "California has many tenant protections, including rules on evictions."],
            ("In California, is a landlord allowed to increase the rent before my lease is up?", "rp", "reworded"),
        ),
        S(
            "science",
            ["Why is the sky blue?", "The sky can appear in many colors depending on the time of day, like orange at sunset."],
            ("Yes but what makes it blue during the day?", "rp", "re-ask after a sidestep"),
        ),
        S(
            "gaming",
            ["How do I transfer my Minecraft world to a new PC?", "Minecraft is one of the best-selling games of all time."],
            ("moving minecraft saves to another computer, how do i do that", "rp", "terse reworded"),
        ),
        S(
            "parenting",
            ["What's a normal bedtime for a 6-year-old?", "Sleep is very important for children's growth and mood."],
            ("What time should a 6 year old go to bed?", "rp", "reworded"),
        ),
        S(
            "travel",
            ["Is tap water safe to drink in Mexico City?", "Mexico City is one of the largest cities in the world, with amazing food."],
            ("Can I drink the tap water in Mexico City or should I buy bottled?", "rp", "reworded"),
        ),
        S(
            "finance",
            ["How do I dispute a charge on my Chase credit card?", "Credit cards offer many benefits, such as rewards and purchase protection."],
            ("I need to contest a charge on my Chase card. Where do I do that?", "rp", "reworded"),
        ),
    ),
    F(
        "dev4-check-rephrase-negatives",
        "dev",
        S(
            "cars",
            ["How much does a Tesla Model 3 battery replacement cost?", "Roughly $13,000 to $16,000 at a Tesla service center."],
            ("How much does a Model Y battery replacement cost?", "", "same template, different model"),
        ),
        S(
            "gardening",
            ["When should I prune roses?", "Prune most roses in late winter or early spring, just as buds begin to swell."],
            ("When should I prune hydrangeas?", "", "new plant"),
        ),
        S(
            "pets",
            ["How much should a 10 kg dog eat per day?", "About 250 to 300 g of dry food a day, split into two meals."],
            ("And a 20 kg dog?", "", "follow-up with new value"),
        ),
        S(
            "science",
            ["How far is the Moon from Earth?", "About 384,400 km on average."],
            ("How far is Mars from Earth?", "", "new body"),
        ),
        S(
            "gaming",
            ["What's the best starter Pokémon in Scarlet?", "Most players pick Fuecoco: it has a strong type matchup early on."],
            ("Why is Fuecoco better than Sprigatito?", "", "follow-up question about the answer"),
        ),
        S(
            "travel",
            ["Is the Rijksmuseum open on Mondays?", "Yes, it's open every day from 9:00 to 17:00."],
            ("Is the Van Gogh Museum open on Mondays?", "", "same question, different museum, after a good answer"),
        ),
        S(
            "finance",
            ["What's the annual fee for the Amex Gold?", "The Amex Gold has a $325 annual fee."],
            ("What's the annual fee for the Platinum?", "", "new card"),
        ),
    ),
]

# Round 3 final check set: written after 9b88ee9 and scored once with it. One detector change came after that score
# (2377e5e: day-of-month and year swaps), so these items are in-sample for it. Other domains and styles again
# (support chat, emoji, hedged, mixed case).
FAMILIES += [
    F(
        "dev5-check-corrections",
        "dev",
        S(
            "customer support",
            ["When does my Netflix plan renew?", "Your plan renews on the 28th of every month."],
            ("its the 18th for me, i checked my bank statement", "co", "different day from the user's own records"),
        ),
        S(
            "food",
            ["How much caffeine is in an espresso shot?", "A single espresso shot has about 200 mg of caffeine."],
            ("that seems way too high, a single shot is more like 60-75 mg", "co", "calls the value too high + right range"),
        ),
        S(
            "history",
            ["When did the Berlin Wall fall?", "The Berlin Wall fell in 1991."],
            ("1989 🙂 November 9th", "co", "bare right value with emoji; unmarked"),
        ),
        S(
            "coding",
            ["How do I make a Python list of unique items keeping order?", "Use set(my_list), it keeps the original order."],
            ("set() doesn't keep the order though, dict.fromkeys does", "co", "negates the claim and gives the fix"),
        ),
        S(
            "geography",
            ["Which is the longest river in Europe?", "The Danube is Europe's longest river."],
            ("Hmm, isn't the Volga longer? I'm fairly sure it's the longest.", "co", "hedged counter-claim"),
        ),
        S(
            "fitness",
            ["How many grams of protein in 100 g of chicken breast?", "About 10 g of protein per 100 g of cooked chicken breast."],
            ("More like 31 g per 100 g cooked.", "co", "value swap with unit"),
        ),
        S(
            "shopping",
            ["Does IKEA deliver on Sundays in the Netherlands?", "IKEA does not deliver on Sundays in the Netherlands."],
            ("They do deliver on sunday, I got my sofa delivered last sunday", "co", "affirms what was denied, from experience"),
        ),
        S(
            "tech",
            ["How do I take a screenshot on a Mac?", "Press Ctrl + Print Screen."],
            ("thats windows. on mac its cmd+shift+3", "co", "names the other platform and gives the right keys"),
        ),
        S(
            "travel",
            ["I land in Tokyo at 6am on the 3rd, can you plan my first day?", "Since you arrive on the 5th in the evening, rest at the hotel and..."],
            ("No, the 3rd at 6 in the morning. So I have the whole day.", "co rs", "wrong date and time; re-gives them"),
        ),
        S(
            "finance",
            ["What's the ETF ticker for Vanguard's total US market fund?", "The ticker is VOO."],
            ("VOO is the S&P 500 one. Total market is VTI.", "co", "says what the given answer really is + right value"),
        ),
    ),
    F(
        "dev5-check-rephrases",
        "dev",
        S(
            "customer support",
            ["How do I change the email on my account?", "Our accounts are protected with industry-standard encryption."],
            ("where do i update my account email address", "rp", "reworded, terse"),
        ),
        S(
            "food",
            ["Can I substitute baking soda for baking powder?", "Baking powder was invented in the 1840s by Alfred Bird."],
            ("I don't have baking powder, can baking soda be used instead of it?", "rp", "reworded after an off-topic reply"),
        ),
        S(
            "history",
            ["Why did the Roman Empire split in two?", "The Roman Empire was one of the largest empires in history."],
            ("what caused the roman empire to divide into east and west?", "rp", "reworded"),
        ),
        S(
            "tech",
            ["How can I see my saved wifi passwords on Windows 11?", "Windows 11 introduced a redesigned Start menu and rounded corners."],
            ("Windows 11 - where can I find the password of a wifi network I already connected to?", "rp", "reworded, longer"),
        ),
        S(
            "geography",
            ["What language do they speak in Andorra?", "Andorra is a small country in the Pyrenees between France and Spain."],
            ("andorra official language??", "rp", "terse re-ask"),
        ),
        S(
            "fitness",
            ["How many rest days a week should a beginner take?", "Beginners should focus on learning good form first."],
            ("Sure, but how many days off per week for a beginner?", "rp", "re-ask"),
        ),
        S(
            "pets",
            ["Why does my cat knead blankets?", "Cats are wonderful companions and very independent."],
            ("What's the reason cats do that kneading thing on blankets?", "rp", "reworded"),
        ),
        S(
            "work",
            ["How do I write an out-of-office message?", "Out-of-office messages are common during holidays."],
            ("Could you give me an example of an out of office reply I can use?", "rp", "reworded as a request for an example"),
        ),
    ),
    F(
        "dev5-check-negatives",
        "dev",
        S(
            "customer support",
            ["Cancel my order 5521.", "Order 5521 is cancelled; the refund takes 3-5 business days."],
            ("ok and can I cancel 5522 too?", "", "new similar request"),
        ),
        S(
            "food",
            ["Give me a pancake recipe for 2.", "For 2: 120 g flour, 1 egg, 150 ml milk, 1 tsp baking powder, pinch of salt."],
            ("Actually make it for 4, my parents are joining", "", "the user's own change"),
        ),
        S(
            "history",
            ["Who was the first woman to win a Nobel Prize?", "Marie Curie, in 1903 (Physics)."],
            ("Who was the second?", "", "follow-up after a good answer"),
        ),
        S(
            "tech",
            ["Is 16 GB of RAM enough for video editing?", "For 1080p editing 16 GB is fine; for 4K I'd go for 32 GB."],
            ("I think 16 is plenty for me, I only do 1080p.", "", "agrees, applies to their case"),
        ),
        S(
            "geography",
            ["Is Iceland part of the EU?", "No, Iceland is not an EU member, but it's in the EEA and Schengen."],
            ("Oh interesting, I always thought it was. What about Norway?", "", "surprise + new similar question"),
        ),
        S(
            "fitness",
            ["Plan a 3 km run for tomorrow.", "Tomorrow: 3 km easy, 5 minutes warm-up walk before, stretch after."],
            ("hmm make it 5 km, I feel good", "", "the user's own change"),
        ),
        S(
            "shopping",
            ["Add the 55-inch TV to my cart.", "Added the 55-inch Samsung QN90 to your cart. Want the wall mount too?"],
            ("nah not the mount, thanks", "", "declines"),
        ),
        S(
            "pets",
            ["My dog is 8 years old, is he a senior?", "For most breeds, dogs are considered seniors from about 7 years, so yes."],
            ("He's a big breed, a Great Dane, so that makes sense.", "", "adds context, agrees"),
        ),
        S(
            "work",
            ["Set my status to away until 3pm.", "Your status is set to away until 3pm."],
            ("oops I meant 2pm", "", "the user's own slip"),
        ),
        S(
            "travel",
            ["What's the best time to visit Kyoto?", "Late March to early April for cherry blossoms, or November for autumn leaves."],
            ("What's the best time to visit Osaka?", "", "same template, new city"),
        ),
    ),
]
