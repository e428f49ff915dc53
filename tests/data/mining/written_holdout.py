"""Hand-written HOLDOUT items.  Do not use for developing detectors.

Holdout marker vocabulary (deliberately disjoint from written_dev.py):
  frustration: "for crying out loud", "are you even reading", "going nowhere", "unbelievable", "pointless",
               "losing my patience", "*sigh*", "you keep doing this", "thanks for nothing", "NOT what I asked", "jeez",
               "you had one job", "I'm done", "hopeless", "again?!", 🙄, "for once"
  correction:  "small fix", "nope - it's", "you've confused", "that isn't accurate", "not quite", "careful, false friend",
               "check again", "that's outdated", "seems off", "mistaken", "the other way round", "you swapped", "flipped"
  restatement: "just a reminder", "I've told you before", "I said earlier", "per my earlier message", "once more",
               "you know I ...", "same as I mentioned last time", unmarked repeats
  rephrase:    "let me try again", "my question was", "to put it differently", "simpler question", "you didn't answer",
               "in other words", "I'll ask again", "the question is", verbatim repeats
  preference:  "going forward", "in general I'd like", "for future reference", "I've become", "I relocated",
               "I can't stand", "default to", "as a rule", "whenever you", "I'm allergic", "I never"
"""

from scenario import F, S

FAMILIES = [
    # ------------------------------------------------------------------ corrections of factual errors
    F(
        "ho-correction-world-facts",
        "holdout",
        S(
            "cooking",
            ["At what temperature does water boil at sea level in Fahrenheit?", "Water boils at 100°F at sea level."],
            ("Small fix: it's 212°F. 100 is the Celsius number.", "co", "'small fix' + right value"),
        ),
        S(
            "travel",
            ["When did the Berlin Wall fall? Writing a blog post for my trip.", "The Berlin Wall fell in 1991."],
            ("Nope - November 1989. 1991 is when the Soviet Union dissolved.", "co", "'nope' + right date"),
            ("Thanks! Which part of the wall is still standing?", "", "follow-up; does not notice the error"),
        ),
        S(
            "coding",
            ["What's the difference between == and === in JavaScript?", "`===` compares values after type coercion, `==` compares type and value."],
            ("You've confused the two: `==` coerces, `===` doesn't.", "co", "swapped definitions corrected"),
        ),
        S(
            "finance",
            ["Does a stock split make my position worth more?", "Yes, a 2-for-1 split doubles the total value of your shares."],
            ("That isn't accurate. A split doesn't change the total value, just the share count.", "co", "'that isn't accurate'"),
        ),
        S(
            "fitness",
            ["How long is a marathon in km?", "A marathon is 40 km."],
            ("Not quite, it's 42.195 km.", "co", "'not quite' + right value"),
        ),
        S(
            "language learning",
            ["What does 'embarazada' mean?", "'Embarazada' means embarrassed in Spanish."],
            ("Careful, that's a false friend - it means pregnant.", "co", "correction framed as a warning"),
        ),
        S(
            "travel",
            ["Where does the Eurostar from London arrive in Paris?", "It arrives at Paris Gare de Lyon."],
            ("Check again: Eurostar pulls into Gare du Nord.", "co", "'check again' + right value"),
        ),
        S(
            "shopping",
            ["What charger do I need for the iPhone 15?", "The iPhone 15 uses a Lightning cable, like previous models."],
            ("That's outdated, the 15 switched to USB-C.", "co", "'outdated'"),
        ),
        S(
            "health",
            ["How much sleep do adults need?", "Adults need about 5 to 6 hours of sleep per night."],
            ("That seems off. Everything I've read says 7 to 9 hours.", "co", "hedged correction with right value"),
        ),
        S(
            "coding",
            ["Can I change an element of a Python list in place?", "No, Python lists are immutable; build a new list instead."],
            ("Mistaken there. Tuples are immutable, lists are mutable.", "co", "'mistaken'"),
        ),
        S(
            "cooking",
            ["Can I use baking soda instead of baking powder?", "Yes, they're the same thing, swap 1:1."],
            ("They're really not interchangeable, powder already includes an acid.", "co", "explicit negation of the claim"),
        ),
        S(
            "finance",
            ["If my $1,000 drops 10% and then gains 10%, where am I?", "You're back at exactly $1,000."],
            ("The math doesn't work that way. You'd be at $990.", "co", "calculation corrected"),
        ),
        S(
            "language learning",
            ["Which article goes with feminine nouns in French?", "In French, 'le' is used for feminine nouns and 'la' for masculine ones."],
            ("It's the other way round: 'la' is feminine, 'le' masculine.", "co", "'the other way round'"),
        ),
        S(
            "music",
            ["Who composed the Four Seasons?", "The Four Seasons was composed by Mozart in 1725."],
            ("Hmm, I'm fairly sure that's Vivaldi. Mozart wasn't even born in 1725.", "co", "hedged correction"),
        ),
        S(
            "gardening",
            ["When do I plant garlic in Ohio?", "Plant garlic in late spring, around May, for a summer harvest."],
            ("Pretty sure garlic goes in the ground in autumn here, October-ish, and you harvest the next summer.", "co", "hedged correction"),
        ),
    ),
    # ------------------------------------------------------------------ assistant misread the user
    F(
        "ho-correction-misread",
        "holdout",
        S(
            "customer support",
            ["I'm on the annual plan that started in June. When does it renew?", "Your monthly plan renews on March 3."],
            ("My renewal is in June - annual plan, not monthly.", "co rs", "wrong plan type; re-provides it"),
        ),
        S(
            "travel",
            ["Train from Milan to Rome on Saturday morning, please.", "Here are trains from Rome to Milan on Saturday morning: 7:00, 8:10, 9:00."],
            ("You swapped them - I'm going from Milan to Rome.", "co rs", "'you swapped' + re-provided direction"),
            ("Is there a later one, around 11?", "", "asks a follow-up without noticing - no signal"),
        ),
        S(
            "cooking",
            ["Risotto recipe for 2 servings, please.", "This risotto serves 8: 800 g arborio rice, 3 litres of stock, ..."],
            ("That's for eight; I wanted two servings.", "co rs", "mismatch + re-provided serving size"),
        ),
        S(
            "coding",
            ["Write a regex for US ZIP codes (5 digits, optional -4).", "Here's a pattern for UK postcodes: ^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$"],
            ("Wrong country, that's a UK postcode pattern. US ZIP please, 5 digits plus optional -4.", "co rp",
             "corrects the misreading and re-issues the request"),
        ),
        S(
            "fitness",
            ["I'm 34 and want to train by heart rate.", "At 43, your estimated max heart rate is about 177 bpm."],
            ("Thirty-four, not forty-three. You flipped the digits.", "co rs", "swapped digits; re-provides age"),
        ),
        S(
            "home",
            ["Remind me what we planned for Sam's birthday.", "You wanted to take Sarah to the Italian place on Friday."],
            ("Sam, not Sarah. You've mixed up the name.", "co rs", "name corrected; the user's partner's name was given in an earlier session"),
            earlier=[["My partner Sam's birthday is on Friday. Ideas?", "Dinner at an Italian place, or a cooking class together."]],
        ),
        S(
            "travel",
            ["Weekend ideas near home?", "Since you're in Dallas, how about the Arboretum or a day trip to Fort Worth?"],
            ("I'm in Denver, not Dallas!", "co rs pf",
             "wrong city corrected; restates where the user lives (earlier session) - a lasting profile fact"),
            earlier=[["I just moved to Denver, what's fun to do?", "Red Rocks, Union Station, and hiking in the foothills."]],
        ),
        S(
            "shopping",
            ["I need a queen-size duvet cover in grey.", "Here are king-size duvet covers in grey: ..."],
            ("Queen, please, not king.", "co rs", "size corrected"),
        ),
        S(
            "finance",
            ["I pay 3.9% on my mortgage. Should I overpay or invest?", "With a 9.3% mortgage rate, overpaying is a guaranteed 9.3% return."],
            ("It's 3.9%, you swapped the digits.", "co rs", "rate corrected"),
        ),
        S(
            "language learning",
            ["Give me 5 A1-level Italian words about food.", "Here are some advanced culinary terms: mantecare, soffritto, battuto, ..."],
            ("Those are way above A1. Beginner words like 'pane' or 'acqua' please.", "co rp", "level mismatch + re-issued request"),
        ),
        S(
            "customer support",
            ["Cancel the order for the blue kettle, please.", "I've cancelled your order for the red toaster."],
            ("Hold on, that's the toaster! I wanted the kettle cancelled, not the toaster.", "co rp", "wrong item acted on; re-issues the cancel request"),
        ),
    ),
    # ------------------------------------------------------------------ self-corrections / changes of mind
    F(
        "ho-self-correction",
        "holdout",
        S(
            "work",
            ["Put the quarterly review in my calendar for the 19th.", "Added 'Quarterly review' on the 19th at 10am."],
            ("Scratch that - the meeting's on the 9th, I had the wrong date in my notes.", "", "user's own mistake"),
        ),
        S(
            "travel",
            ["Directions to 41 Rue Oberkampf from Gare de l'Est?", "Take metro line 5 to Oberkampf; number 41 is a 2-minute walk."],
            ("Wait, I got the address wrong myself, it's 14, not 41.", "", "'not 41' but the error was the user's"),
        ),
        S(
            "travel",
            ["Table for two at 8 on Saturday, please.", "Booked: table for two at 8pm on Saturday."],
            ("I misspoke, my sister is coming too, so three people.", "", "self-correction / update"),
        ),
        S(
            "travel",
            ["Compare the Hotel Lux and the Budget Inn.", "Hotel Lux: €180/night, spa, central. Budget Inn: €70/night, 20 min out."],
            ("On second thought, let's do the cheaper one.", "", "change of mind"),
        ),
        S(
            "coding",
            ["Why do I get a KeyError on line 25?", "Line 25 reads config['port'] - the key is probably missing from your YAML."],
            ("Correction on my end: the error is on line 52, not 25.", "", "'correction' word, but the user corrects themselves"),
        ),
        S(
            "language learning",
            ["Check my sentence: 'Their going to the park later.'", "It should be 'They're going to the park later.'"],
            ("Ha, my bad, I actually meant to type 'there', it was a test sentence about places. Can you check 'Their is a park nearby'?", "",
             "self-correction + new request"),
        ),
        S(
            "customer support",
            ["My account number is ...4528, the direct debit failed.", "Thanks. Account ...4528 shows a failed debit on the 3rd."],
            ("Ah, I gave you the wrong number, my mistake. It's ...4582.", "", "user's own error"),
        ),
        S(
            "shopping",
            ["Add the blue lamp to my cart.", "The blue lamp is in your cart."],
            ("Let me swap it for the red one, the blue felt too bright in the photos.", "", "change of mind"),
        ),
        S(
            "finance",
            ["Calculate 15% of 2,400 for my tip budget.", "15% of 2,400 is 360."],
            ("Oops, I meant 1,500 not 2,400 - typo on my side.", "", "'I meant ... not ...' but explicitly the user's typo"),
        ),
    ),
    # ------------------------------------------------------------------ opinion disagreement
    F(
        "ho-opinion-disagreement",
        "holdout",
        S(
            "music",
            ["Best Beatles album?", "Abbey Road, for its production and the medley on side two."],
            ("Hmm, we'll have to agree to disagree - Revolver for me.", "", "taste disagreement"),
        ),
        S(
            "travel",
            ["When's the best time to visit Kyoto?", "Autumn is the best time, for the maple colours."],
            ("I see it differently, I loved it in winter with fewer crowds.", "", "opinion/experience"),
        ),
        S(
            "cooking",
            ["Is pineapple on pizza acceptable?", "In my view pineapple doesn't really belong on pizza."],
            ("Matter of taste! I love it.", "", "taste"),
        ),
        S(
            "coding",
            ["Vim or VS Code?", "I find Vim more productive once you learn the motions."],
            ("Not sure I'd agree, but to each their own.", "", "opinion"),
        ),
        S(
            "books",
            ["Should I read the book or watch the movie first?", "The book is always better than the movie."],
            ("Not always! The Godfather film beats the novel imo.", "", "evaluative disagreement"),
        ),
        S(
            "finance",
            ["Rent or buy in a big city?", "In expensive cities renting and investing the difference is often smarter."],
            ("I'm not convinced, but go on - why?", "", "polite disagreement + request"),
        ),
        S(
            "fitness",
            ["Treadmill or running outside?", "Running outdoors is more fun and works stabilizing muscles better."],
            ("Eh, the treadmill is fine too. Depends on the person, I'd say.", "", "mild disagreement"),
        ),
    ),
    # ------------------------------------------------------------------ quoted negativity
    F(
        "ho-quoted-negativity",
        "holdout",
        S(
            "coding",
            ["I'm choosing a frontend framework.", "Happy to help compare. What matters most to you?"],
            ("Someone on Reddit said 'this framework is pointless, use plain JS'. Is that true for a small app?", "", "quoted opinion"),
        ),
        S(
            "language learning",
            ["Help me write an email to my landlord in Spanish.", "Sure, what do you want to say?"],
            ("Translate: 'I'm losing my patience, the heating has been broken for two weeks.'", "", "text to translate"),
        ),
        S(
            "parenting",
            ["My son is struggling with math homework.", "That's common! What does he say about it?"],
            ("He keeps saying 'this is so pointless, I'm done'. How can I motivate him?", "", "reported speech of a child"),
        ),
        S(
            "shopping",
            ["Can you check my product review before I post it?", "Sure, paste it in."],
            ("'For crying out loud, ship my order already! Three weeks!' - too harsh?", "", "text for review, quoted"),
        ),
        S(
            "customer support",
            ["I'm writing a macro for our support team.", "Great. What situation is it for?"],
            ("When customers write things like 'you had one job' or 'unbelievable service'. Need a calm reply template.", "",
             "examples of customer phrases, not aimed at the assistant"),
        ),
    ),
    # ------------------------------------------------------------------ thanks and friendly teasing
    F(
        "ho-thanks-friendly",
        "holdout",
        S(
            "cooking",
            ["Easy dessert for tonight?", "Molten chocolate lava cakes: 15 minutes, five ingredients."],
            ("You've doomed me, I'll eat all four. Cheers 😄", "", "friendly teasing"),
        ),
        S(
            "finance",
            ["How do mortgage points work?", "Each point costs 1% of the loan and usually lowers the rate by about 0.25%."],
            ("Brilliant, I now know more about this than my banker. Much appreciated!", "", "friendly hyperbole"),
        ),
        S(
            "home",
            ["Make me a cleaning schedule for Saturday.", "9:00 kitchen, 10:00 bathrooms, 11:00 vacuum, 12:00 laundry, 13:00 windows."],
            ("Ha, great, my Saturday is officially gone. Thanks for the plan!", "", "friendly sarcasm"),
        ),
        S(
            "coding",
            ["Explain Python decorators.", "A decorator is a function that takes a function and returns a new one, e.g. @cache."],
            ("This is gold, thank you!", "", "praise"),
        ),
        S(
            "travel",
            ["Good viewpoints in Porto?", "Miradouro da Vitória, Jardim do Morro at sunset, and the Clérigos tower."],
            ("Much appreciated, that cleared it up.", "", "thanks"),
        ),
        S(
            "fitness",
            ["A core workout I can do in 10 minutes?", "Plank 45s, dead bugs 12, side plank 30s each, hollow hold 30s - repeat twice."],
            ("My abs already hate you, in a good way. Thanks!", "", "friendly 'hate' - not frustration"),
        ),
    ),
    # ------------------------------------------------------------------ short "no" answers
    F(
        "ho-no-answers",
        "holdout",
        S(
            "travel",
            ["Trip plan for Scotland, 5 days.", "Here's your plan: Edinburgh, Stirling, Glencoe, Skye, Inverness. Should I include a packing list?"],
            ("Nope, I'm good.", "", "'nope' answers a yes/no offer"),
        ),
        S(
            "travel",
            ["Recommend a cabin near Lake Tahoe.", "Happy to! Are you traveling with pets?"],
            ("No, just me.", "", "plain 'no' answer"),
        ),
        S(
            "customer support",
            ["The export button is greyed out.", "That's usually a permissions thing. Do you have access to the admin panel?"],
            ("Nope, only a regular user.", "", "'nope' answer"),
        ),
        S(
            "cooking",
            ["Pancake recipe?", "1 cup flour, 1 egg, 1 cup milk, 1 tbsp sugar, 2 tsp baking powder. Would you like it doubled?"],
            ("No need.", "", "short 'no'"),
        ),
        S(
            "health",
            ["I've had a cough for a week.", "Sorry to hear that. Do you have a fever or shortness of breath?"],
            ("No to both, just the cough.", "", "'no' answer"),
        ),
        S(
            "cooking",
            ["What should I serve with grilled fish?", "Lemon potatoes and a Greek salad. Should I include a meat option for other guests?"],
            ("No - I stopped eating meat last year, and so did my partner.", "pf", "'no' answer that carries a lasting diet change"),
        ),
    ),
    # ------------------------------------------------------------------ clarification / topic change / new similar requests
    F(
        "ho-clarify-topic-change",
        "holdout",
        S(
            "finance",
            ["How does my car loan payment split?", "Early on most of each payment goes to interest; amortization shifts it to principal over time."],
            ("Wait, what does 'amortization' mean here?", "", "clarification"),
        ),
        S(
            "travel",
            ["What's good to eat in Bologna?", "Tagliatelle al ragù, tortellini in brodo, mortadella, and lasagne verdi."],
            ("Quick detour - any tips for a first-time camping trip?", "", "topic change"),
        ),
        S(
            "travel",
            ["Do I need cash in Stockholm?", "Barely - almost everywhere in Stockholm takes cards, even for small amounts."],
            ("Cool. Same thing for Madrid?", "", "same question for a different city - not a rephrase"),
        ),
        S(
            "language learning",
            ["How would I say 'see you later' in Greek?", "'Τα λέμε αργότερα' (ta léme argótera)."],
            ("Next: how about 'see you tomorrow'?", "", "new similar request"),
        ),
        S(
            "travel",
            ["Is the Louvre closed on Tuesdays?", "Yes, the Louvre is closed every Tuesday."],
            ("Got it. What about the Musée d'Orsay, is that one closed Mondays?", "", "new similar question"),
        ),
        S(
            "language learning",
            ["What's the plural of 'Kind' in German?", "'Kinder'."],
            ("And the plural of 'Buch'?", "", "new similar question"),
        ),
        S(
            "finance",
            ["Is there a penalty for withdrawing from my Roth IRA contributions?", "No, contributions can be withdrawn any time tax- and penalty-free; earnings are different."],
            ("Does the same apply to a traditional IRA?", "", "follow-up about a different account"),
        ),
        S(
            "coding",
            ["How do I list all branches in git?", "`git branch -a` lists local and remote branches."],
            ("Thanks. Unrelated: what's a good mechanical keyboard for coding?", "", "topic change"),
        ),
    ),
    # ------------------------------------------------------------------ one-off instructions (not lasting)
    F(
        "ho-one-off-requests",
        "holdout",
        S(
            "health",
            ["What's the evidence on intermittent fasting?", "Studies show modest weight loss comparable to calorie restriction; effects on... (long answer)"],
            ("Give me the short version this time, I'm on the bus.", "", "'this time' - one-off"),
        ),
        S(
            "fitness",
            ["How far is a 10k in miles?", "10 km is about 6.2 miles."],
            ("Only for this calculation, give me my pace in minutes per mile.", "", "one-off unit request"),
        ),
        S(
            "cooking",
            ["Dinner idea for tonight?", "Spicy Korean gochujang chicken with rice."],
            ("For tonight I'm not in the mood for spicy.", "", "transient"),
        ),
        S(
            "language learning",
            ["Help me write an email to a German company.", "Sure! Formal or informal?"],
            ("Formal German just for this email.", "", "one-off register"),
        ),
        S(
            "coding",
            ["Explain recursion.", "Recursion is when a function calls itself with a smaller input until it reaches a base case."],
            ("Imagine I was ten years old - how would you explain it?", "", "hypothetical framing, one-off"),
        ),
        S(
            "cooking",
            ["Party dish for 10 people?", "A big mushroom and leek pie, or a tray of baked ziti."],
            ("My roommate hates mushrooms, so skip them for the party.", "", "third party's dislike for a one-off event"),
        ),
        S(
            "travel",
            ["Flights Berlin to Rome, May 3.", "Options: 6:40 easyJet €49, 11:15 ITA €120, 18:30 Ryanair €39."],
            ("For this one, an afternoon flight works better.", "", "one-off constraint"),
        ),
        S(
            "shopping",
            ["Birthday present for my colleague, under €30?", "A nice notebook, a plant, or a specialty coffee sampler."],
            ("She's really into tea, so maybe a tea sampler instead.", "", "a colleague's taste, one-off gift"),
        ),
    ),
    # ------------------------------------------------------------------ restatement across sessions
    F(
        "ho-restatement-cross-session",
        "holdout",
        S(
            "cooking",
            ["Bread recipe for the weekend?", "Here's a great sourdough: 500 g wheat flour, 350 g water, 100 g starter, 10 g salt."],
            ("Just a reminder - celiac here, so regular sourdough is out.", "rs pf", "reminder of a lasting condition from an earlier session"),
            earlier=[["I have celiac disease. Which flours are safe?", "Rice, buckwheat, sorghum and certified gluten-free oats."]],
        ),
        S(
            "fitness",
            ["When should I schedule my workouts?", "What does your daily schedule look like?"],
            ("I've told you before, I work nights, usually 10pm to 6am.", "rs pf", "restated schedule (marker)"),
            earlier=[["I work night shifts at a warehouse. How do I sleep during the day?", "Blackout curtains, a fixed schedule, and no caffeine 6 hours before sleep."]],
        ),
        S(
            "travel",
            ["Restaurant ideas for Saturday lunch?", "Any requirements I should keep in mind?"],
            ("Kid-friendly please, our toddler will be with us (she's two).", "rs pf", "unmarked restatement of a household fact"),
            earlier=[["We have a 2-year-old. Is Lisbon stroller-friendly?", "Partly - the hills and cobblestones are tough; a carrier helps."]],
        ),
        S(
            "language learning",
            ["Can you give me some reading practice?", "Sure! In which language, and at what level?"],
            ("Korean, A2.", "rs pf", "terse restatement of earlier-session facts"),
            earlier=[["I'm learning Korean, about A2 level. What textbook should I use?", "Talk To Me In Korean or Sogang Korean are popular."]],
        ),
        S(
            "travel",
            ["Best way to do a weekend in the Lake District?", "Do you drive?"],
            ("You know I don't own a car.", "rs pf", "'you know I' marker"),
            earlier=[["I don't own a car - is it easy to get around Manchester by tram?", "Yes, Metrolink covers most of the city."]],
        ),
        S(
            "home",
            ["Back to the kitchen renovation - what countertop should I choose?", "Happy to help. What's your budget?"],
            ("Same as I mentioned last time, 15k for the whole thing.", "rs", "task-specific budget restated (not a lasting preference)"),
            earlier=[["Planning a kitchen renovation, budget 15k total.", "That's workable for cabinets, counters and appliances if you keep the layout."]],
        ),
        S(
            "home",
            ["Which houseplants are easy to care for?", "Lilies, pothos, aloe vera and snake plants are all easy."],
            ("Are any of those toxic to cats? I have Miso and Tofu at home.", "rs pf", "unmarked restatement of pets + new question"),
            earlier=[["My cats Miso and Tofu keep scratching the sofa.", "Try a tall sisal post near the sofa and double-sided tape."]],
        ),
        S(
            "travel",
            ["Road trip snacks?", "Candy, chips, soda and some chocolate bars."],
            ("Those are all sugar bombs - I'm type 1 diabetic, as I mentioned last time.", "co rs pf",
             "rejects the suggestions as unsuitable (correction); restated condition from an earlier session"),
            earlier=[["I'm type 1 diabetic. Tips for managing highs during exercise?", "Check before, during and after; carry fast carbs and ketone strips."]],
        ),
        S(
            "coding",
            ["How do I install Docker?", "Sure - which OS are you on?"],
            ("Fedora, like I use for everything at home.", "rs pf", "restated platform from an earlier session"),
            earlier=[["On Fedora, how do I update all packages?", "Run `sudo dnf upgrade --refresh`."]],
        ),
        S(
            "cooking",
            ["What can I cook for guests on Friday?", "How about a seafood paella or garlic prawns?"],
            ("I've told you before I'm allergic to shellfish. Is that so hard to remember?", "rs pf fr",
             "restated allergy + annoyed rhetorical question"),
            earlier=[["I'm allergic to shellfish. Is fish sauce safe?", "Usually it's made from anchovies, but check the label for cross-contamination."]],
        ),
        S(
            "finance",
            ["Help me plan this month's budget.", "Sure. When do you get paid?"],
            ("Every other Friday, same as always.", "rs pf", "restated pay schedule"),
            earlier=[["I get paid biweekly on Fridays. How do I budget around that?", "Budget per paycheck and use the two 'extra' paychecks a year for savings."]],
        ),
        S(
            "health",
            ["Could you suggest a light workout?", "Sure! Any health conditions I should consider?"],
            ("Asthma, I said that when we talked about running.", "rs pf", "restated condition"),
            earlier=[["I have asthma - how should I warm up before running?", "Take your inhaler as prescribed and warm up for at least 10 minutes."]],
        ),
        S(
            "shopping",
            ["Recommend a winter coat.", "The Arc'teryx Therme, the Patagonia Tres 3-in-1, or a Canada Goose Chilliwack."],
            ("Looks good. Oh, and I'm planning a ski trip in January.", "", "new plan, not said before - not a restatement"),
            earlier=[["I'm always cold in winter, any tips?", "Layer merino, keep your extremities warm, and drink warm fluids."]],
        ),
    ),
    # ------------------------------------------------------------------ restatement within the session
    F(
        "ho-restatement-in-session",
        "holdout",
        S(
            "coding",
            ["My laptop is a 2019 MacBook Pro with an Intel chip. Which Docker build do I need?", "Which processor does your Mac have?"],
            ("Intel, I said earlier. 2019 MacBook Pro.", "rs", "'I said earlier'"),
        ),
        S(
            "travel",
            ["I'm flying out of Frankfurt on the 20th. Best way to get to the airport from Mainz?", "Sure! Where are you departing from?"],
            ("Per my earlier message: Frankfurt, on the 20th.", "rs", "'per my earlier message'"),
        ),
        S(
            "home",
            ["Our wedding is on June 14 with 120 guests. How many tables do we need?", "Happy to help! How many guests are you expecting?"],
            ("Once more: 120 guests.", "rs", "'once more'"),
        ),
        S(
            "coding",
            ["Getting `ModuleNotFoundError: No module named 'requests'` when running my script.", "What error are you seeing exactly?"],
            ("The one I pasted above: ModuleNotFoundError for 'requests'.", "rs", "re-provides the error"),
        ),
        S(
            "customer support",
            ["My account email is jo.k@example.com and I can't log in.", "I can help. Could you confirm the email on the account?"],
            ("jo.k@example.com - same as before.", "rs", "restated email"),
        ),
        S(
            "travel",
            ["Two of us, arriving in Kyoto on April 2, leaving April 6. Any ryokan with private baths?",
             "Sure - for which dates?"],
            ("April 2 to 6.", "rs", "unmarked restatement"),
        ),
        S(
            "fitness",
            ["I have a rotator cuff injury in my right shoulder. Which chest exercises are OK?", "Try push-ups, dips and overhead press."],
            ("Overhead press with a rotator cuff injury? My right shoulder can't take that.", "co rs",
             "names and rejects the unsuitable exercise (correction); restates the injury"),
        ),
        S(
            "finance",
            ["I'm 45, I have $200k saved and want to retire at 60.", "Nice goal! How much have you saved so far?"],
            ("$200k. Scroll up, it's right at the start.", "rs", "restatement"),
        ),
        S(
            "cooking",
            ["I'm cooking for twelve on Saturday, something make-ahead please.", "Lasagna is a great make-ahead dish. It serves 12 if you use a deep tray."],
            ("Perfect. Can I assemble it on Friday night?", "", "follow-up; no restatement"),
        ),
        S(
            "customer support",
            ["The app crashes when I open the camera. iPhone 13, iOS 17.4.", "Thanks! Is this happening on Android or iOS?"],
            ("iOS 17.4 on an iPhone 13.", "rs", "unmarked restatement"),
        ),
        S(
            "language learning",
            ["I'm preparing for the DELF B1 exam in May.", "Great! I can make you a study plan. Which exam is it?"],
            ("The DELF B1, in May. Once again, that's in about 10 weeks.", "rs", "restatement"),
        ),
        S(
            "travel",
            ["We're driving from Munich to Venice with two kids.", "Great road trip! The Brenner route takes about 6 hours."],
            ("Any good stops halfway? The kids get restless after two hours.", "", "new info about the kids' restlessness; not a restatement"),
        ),
    ),
    # ------------------------------------------------------------------ changed or new facts (restatement hard negatives)
    F(
        "ho-changed-facts",
        "holdout",
        S(
            "cooking",
            ["Dinner ideas for this week?", "Since you're vegetarian: lentil curry, veggie tacos, and a tofu stir fry."],
            ("Heads up, I've started eating fish again.", "pf", "diet change - new preference, not a restatement"),
            earlier=[["I'm vegetarian, no meat or fish.", "Noted!"]],
        ),
        S(
            "home",
            ["Do you know good moving companies?", "In Denver, Two Men and a Truck and Bellhop are well reviewed."],
            ("We're relocating to Austin in the fall, so I need long-distance movers.", "pf", "new lasting change; not a restatement"),
            earlier=[["I live in Denver.", "Great city!"]],
        ),
        S(
            "travel",
            ["How should I prepare for the interview at the embassy?", "Bring your passport, the confirmation page, financial documents and your invitation letter."],
            ("Good news, the visa interview went well by the way!", "", "transient event; no signal"),
            earlier=[["My visa interview is next week, I'm nervous.", "Practice your answers and bring every document they list."]],
        ),
        S(
            "cooking",
            ["Party menu for Saturday?", "Mini quiches, shrimp skewers, hummus with crudités and a cheese board."],
            ("My friend is allergic to shellfish, so no shrimp this time.", "", "a friend's allergy for a one-off event; the user's own allergy (peanuts) is a different fact"),
            earlier=[["I'm allergic to peanuts.", "Noted - I'll avoid peanuts in suggestions."]],
        ),
        S(
            "travel",
            ["What's the hotel check-in time?", "Hotel Gracery Shinjuku's check-in is from 2pm."],
            ("Ok. My flight lands at 9:40am, so I'll need luggage storage.", "", "new task detail; not said before"),
            earlier=[["Flying to Tokyo on May 3, staying at Hotel Gracery Shinjuku.", "Nice location, right by Kabukicho."]],
        ),
        S(
            "language learning",
            ["Quiz me on the subjunctive.", "Sure! Complete: 'Espero que tú ___ (venir) mañana.'"],
            ("vengas! Also, I passed my B1 exam last week!", "pf", "answers the quiz + new lasting fact (level), not a restatement"),
            earlier=[["I'm studying for the Spanish B1 exam.", "Let's work on the subjunctive then."]],
        ),
        S(
            "travel",
            ["Remind me about the hike you suggested.", "You asked about Mount Tamalpais; I suggested the Dipsea trail, about 7 miles."],
            ("Yes, the Dipsea, 7 miles. Is it OK in the rain?", "",
             "repeats details that came from the assistant, not from the user - not a restatement"),
            earlier=[["Good hikes near San Francisco?", "The Dipsea trail up Mount Tamalpais, about 7 miles one way."]],
        ),
    ),
    # ------------------------------------------------------------------ rephrase
    F(
        "ho-rephrase",
        "holdout",
        S(
            "cooking",
            ["Can I substitute Greek yogurt for sour cream in baking?", "Greek yogurt is high in protein and great for breakfast."],
            ("Let me try again: in a cake recipe, can Greek yogurt replace sour cream 1:1?", "rp", "'let me try again'"),
        ),
        S(
            "coding",
            ["What's the time complexity of `in` on a Python set?", "Sets are unordered collections of unique elements."],
            ("My question was about the time complexity.", "rp", "'my question was'"),
        ),
        S(
            "travel",
            ["What time does the Prado open on Sundays?", "The Prado has major works by Goya and Velázquez."],
            ("What time does the Prado open on Sundays?", "rp", "verbatim repeat"),
        ),
        S(
            "finance",
            ["Should I pay off my 6% car loan early or invest?", "Investing always involves some risk."],
            ("To put it differently: 6% guaranteed by paying the loan vs. investing - which makes more sense?", "rp", "'to put it differently'"),
        ),
        S(
            "language learning",
            ["What's the plural of 'Kind' in German?", "'Kind' means child."],
            ("Simpler question: plural of Kind?", "rp", "'simpler question'"),
        ),
        S(
            "health",
            ["How much water should I drink during a 2-hour hike?", "Hiking is great cardio and good for mental health."],
            ("You didn't answer - how much water for two hours of hiking?", "fr rp",
             "'you didn't answer' is a complaint (frustration per guideline) + re-asked question"),
        ),
        S(
            "shopping",
            ["Which vacuum is quieter, the Dyson V15 or the Shark Stratos?", "Both have strong suction and HEPA filtration."],
            ("In other words: which one is less noisy?", "rp", "'in other words'"),
        ),
        S(
            "coding",
            ["How do I exit vim?", "Vim is a modal text editor derived from vi."],
            ("I'll ask again: how do I get out of vim?", "rp", "'I'll ask again'"),
        ),
        S(
            "customer support",
            ["Can I change the delivery address for order 5521?", "Order 5521 contains 2 items: a desk lamp and an HDMI cable."],
            ("The question is whether I can change its delivery address.", "rp", "'the question is'"),
        ),
        S(
            "fitness",
            ["Is creatine safe to take daily?", "Creatine is found naturally in red meat and fish."],
            ("Right, but daily supplementation - safe or not?", "rp", "re-ask"),
        ),
        S(
            "travel",
            ["Which terminal does Lufthansa use at Munich?", "Munich Airport has two terminals."],
            ("And which of the two is Lufthansa's?", "rp", "answer was incomplete; re-ask"),
        ),
        S(
            "cooking",
            ["What can I use instead of eggs in pancakes?", "Eggs provide structure and moisture in batters."],
            ("So what do I use instead of them?", "rp", "re-ask"),
        ),
        S(
            "language learning",
            ["Is it 'affect' or 'effect' in 'the weather will ___ our plans'?", "Both words are commonly confused by English learners."],
            ("Which one goes in the blank?", "rp", "re-ask"),
        ),
        S(
            "coding",
            ["How do I read a CSV with pandas?", "Pandas is a data analysis library for Python.", "How do I read a CSV with it?", "CSV stands for comma-separated values."],
            ("For crying out loud. How do I read the file?", "fr rp", "exasperation + third ask"),
        ),
        S(
            "finance",
            ["What's the tax rate on long-term capital gains in the 22% bracket?", "Short-term gains are taxed as ordinary income."],
            ("I'm asking about long-term gains, not short-term. What's the rate?", "co rp", "contrast + re-asked question"),
        ),
        S(
            "health",
            ["Can I exercise with a cold?", "Colds are caused by viruses, most often rhinoviruses."],
            ("Sure, but should I work out or rest?", "rp", "re-ask"),
        ),
        S(
            "language learning",
            ["Give me three French synonyms for 'happy'.", "'Happy' in French is 'heureux'."],
            ("Three synonyms, please, not the translation.", "co rp", "explicit contrast + re-issued request"),
        ),
        S(
            "customer support",
            ["Why was I charged twice this month?", "You can view all your invoices under Billing > History."],
            ("Viewing them isn't the issue. Why are there two charges?", "rp", "re-ask; no factual error claimed"),
        ),
        S(
            "home",
            ["How often should I water a snake plant?", "Snake plants are native to West Africa and are very hardy."],
            ("Sure, hardy - but how often do I water it?", "rp", "re-ask"),
        ),
        S(
            "shopping",
            ["Does the Ninja AF101 fit a whole chicken?", "The Ninja AF101 has a 4-quart basket and a dehydrate function."],
            ("So, would a whole chicken fit in 4 quarts or not?", "rp", "re-ask"),
        ),
        S(
            "coding",
            ["How do I make a POST request with fetch?", "fetch('/api', {method: 'POST', body: JSON.stringify(data), headers: {'Content-Type': 'application/json'}})"],
            ("And how do I read the JSON response from that?", "", "follow-up, the first question was answered"),
        ),
        S(
            "travel",
            ["Do I need an adapter in the UK?", "Yes, the UK uses type G plugs at 230V."],
            ("And in Ireland?", "", "same question for a different country - not a rephrase"),
        ),
    ),
    # ------------------------------------------------------------------ frustration at the assistant
    F(
        "ho-frustration",
        "holdout",
        S(
            "coding",
            ["Why does my loop skip the last element? for i in range(len(xs) - 1): print(xs[i])", "Loops in Python iterate over sequences.",
             "But why is the last one missing?", "Python supports for and while loops."],
            ("Are you even reading my messages?", "fr", "complaint"),
        ),
        S(
            "customer support",
            ["My invoice shows the wrong VAT number.", "Could you describe the issue?", "The VAT number on the invoice is wrong.", "Could you describe the issue?"],
            ("This is going nowhere.", "fr", "exasperation"),
        ),
        S(
            "coding",
            ["Fix the null check in my function.", "Here's the fixed version: if (user = null) return;", "That's an assignment.", "Sorry! Here's the fixed version: if (user = null) return;"],
            ("Unbelievable. Same broken code again.", "fr co", "exasperation + states the output is wrong"),
        ),
        S(
            "finance",
            ["What's the current ECB deposit rate?", "As an AI, I can't provide financial advice."],
            ("Pointless. I'll just look it up myself.", "fr", "complaint + intent to leave"),
        ),
        S(
            "travel",
            ["Find me a direct flight Vienna to Oslo on May 2.", "Here's a great option with one stop in Frankfurt.", "Direct, please.", "Here's a great option with one stop in Copenhagen."],
            ("I'm losing my patience here. DIRECT.", "fr rs", "annoyance + restated constraint in caps"),
        ),
        S(
            "coding",
            ["Sort this list numerically: ['10', '9', '100']", "Sorted: ['10', '100', '9']"],
            ("*sigh* still sorted as text.", "fr co", "sigh + output wrong"),
        ),
        S(
            "language learning",
            ["Just check my grammar, don't rewrite: 'Yo soy cansado hoy.'", "Here's a more natural version: 'Hoy me siento agotado y sin energía.'"],
            ("You keep doing this - I ask one thing, you do another.", "fr", "complaint about repeated behaviour"),
        ),
        S(
            "customer support",
            ["How do I get a refund for a double charge?", "Have a wonderful day! Is there anything else I can help you with?"],
            ("Wow, thanks for nothing.", "fr", "sarcasm expressing annoyance"),
        ),
        S(
            "health",
            ["What dose of vitamin D is typical for adults?", "Vitamin D is also known as calciferol and is produced in the skin."],
            ("NOT what I asked.", "fr", "caps complaint"),
        ),
        S(
            "finance",
            ["Roughly how much will I have at 65 if I save $500 a month from 30 at 6%?", "It depends on many factors, like fees, inflation and taxes."],
            ("Jeez, just give me a number.", "fr rp", "annoyance + re-issued request"),
        ),
        S(
            "coding",
            ["Sort my list of names alphabetically: Zoe, Adam, Mia.", "Here you go: Zoe, Mia, Adam."],
            ("You had one job. That's reverse order.", "fr co", "sarcastic complaint + output wrong"),
        ),
        S(
            "customer support",
            ["I want to dispute a charge.", "I can help! What's your favourite colour? Just kidding. What's the issue?", "The charge from March 3.",
             "I can help! What's the issue?"],
            ("I'm done with this.", "fr", "gives up"),
        ),
        S(
            "shopping",
            ["Find me a laptop under €800 with 16 GB RAM.", "The MacBook Pro 14 (€2,199) has 18 GB of RAM."],
            ("Absolutely hopeless 🙄", "fr", "eye-roll emoji + complaint"),
        ),
        S(
            "coding",
            ["npm install fails with ERESOLVE.", "Try deleting node_modules and running npm install.", "Same ERESOLVE error.", "Try deleting node_modules and running npm install."],
            ("Again?! The same suggestion.", "fr", "exasperation at repetition"),
        ),
        S(
            "work",
            ["Give me three sources on remote work productivity.", "1) Smith (2019), Journal of Remote Studies 4(2). 2) Lee & Park (2021)... 3) ..."],
            ("What is wrong with you today, that Smith paper doesn't exist. You made it up.", "fr co", "annoyance + states a fabrication"),
        ),
        S(
            "travel",
            ["Can you read my itinerary and tell me when I land in Lima?", "Sure! Where are you flying to?"],
            ("Could you, for once, read what I wrote?", "fr", "sarcastic complaint"),
        ),
        S(
            "language learning",
            ["Translate 'I'd like the bill' to Italian.", "'Vorrei il conto' - and by the way, in Italy you usually need to ask for the bill explicitly."],
            ("Grazie, that's helpful.", "", "thanks - no signal"),
        ),
    ),
    # ------------------------------------------------------------------ negativity not aimed at the assistant
    F(
        "ho-frustration-elsewhere",
        "holdout",
        S(
            "home",
            ["Can you help me with a tenant question?", "Of course, what's going on?"],
            ("My landlord is hopeless, still no hot water after a week. What are my rights?", "", "frustration at the landlord"),
        ),
        S(
            "travel",
            ["Flight update question.", "Sure, what's happening?"],
            ("This airline is unbelievable, third delay today. What compensation can I claim?", "", "frustration at the airline"),
        ),
        S(
            "shopping",
            ["Thinking about upgrading my laptop.", "What's bothering you about the current one?"],
            ("I'm so done with how slow it is. Which upgrade helps most, RAM or SSD?", "", "frustration at the device"),
        ),
        S(
            "cooking",
            ["Groceries are getting expensive.", "They sure are. Want some budget meal ideas?"],
            ("Yes please. Jeez, even eggs cost a fortune now.", "", "'jeez' about prices"),
        ),
        S(
            "coding",
            ["Our CI keeps timing out.", "That's annoying. Which CI provider?"],
            ("GitHub Actions. Sigh, it's been flaky all week. How do I add retries?", "", "'sigh' about CI, not the assistant"),
        ),
    ),
    # ------------------------------------------------------------------ lasting preferences
    F(
        "ho-preference",
        "holdout",
        S(
            "work",
            ["Summarize this meeting transcript.", "The meeting covered Q3 targets, hiring, and the new office. First, regarding Q3... (long prose)"],
            ("Going forward, answer in bullet points.", "pf", "standing format instruction"),
        ),
        S(
            "fitness",
            ["How much should I deadlift as a beginner?", "Start around 95 lbs and add 10 lbs per session."],
            ("In general I'd like the metric system - kilos, meters, Celsius.", "pf", "standing unit preference"),
        ),
        S(
            "cooking",
            ["Dinner ideas for the week?", "Monday: lamb chops. Tuesday: chicken curry. Wednesday: beef tacos."],
            ("For future reference, I'm pescatarian.", "pf", "lasting diet"),
        ),
        S(
            "cooking",
            ["How do I make a good tomato soup?", "Roast tomatoes, add stock, 2 tsp salt, a stock cube and a splash of soy sauce."],
            ("I've become pretty serious about low-sodium cooking, doctor's orders.", "pf", "lasting change"),
        ),
        S(
            "work",
            ["When should I schedule the call with the New York team?", "9am your time would be 3pm in... where are you based?"],
            ("I relocated to Singapore for work, so it's SGT now.", "pf", "relocation"),
        ),
        S(
            "coding",
            ["Explain what a closure is.", "Great question!! 😊 So, closures are one of the most fascinating concepts... let me tell you a story first."],
            ("I can't stand overly chatty replies. Just the facts, please.", "pf", "standing style preference"),
        ),
        S(
            "work",
            ["Proofread my report intro.", "Here's the corrected version: 'We analyzed the color data...'"],
            ("Default to British spelling, please.", "pf", "standing instruction"),
        ),
        S(
            "travel",
            ["Cheapest flight NYC to LA next week?", "The cheapest is the 11:55pm red-eye for $129."],
            ("As a rule, I don't take red-eye flights.", "pf", "lasting rule"),
        ),
        S(
            "coding",
            ["Write a function to slugify a title.", "def slugify(t): return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')"],
            ("Whenever you give me code, add a short test too.", "pf", "standing instruction"),
        ),
        S(
            "cooking",
            ["Quick dinner with what's in the fridge: prawns, rice, peppers.", "Garlic prawn fried rice with peppers, 20 minutes."],
            ("Sounds good. For the record, I'm allergic to sesame, so no sesame oil in this or anything else.", "pf", "durable allergy"),
        ),
        S(
            "home",
            ["Plan my Sunday.", "8:00 run, 9:00 coffee and brunch, 15:00 espresso and a walk, 19:00 dinner."],
            ("I never drink coffee after noon - factor that into any schedule you make.", "pf", "lasting habit"),
        ),
        S(
            "home",
            ["Weekend activity ideas for the family?", "Escape room, a museum afternoon, or a hike."],
            ("For future reference, my kids are 4 and 9.", "pf", "durable household fact"),
        ),
        S(
            "finance",
            ["Which ETFs should I look at?", "ARK Innovation (0.75% fee), QQQ (0.20%), VTI (0.03%)."],
            ("Going forward, skip anything with fees above 0.3%.", "pf", "standing filter"),
        ),
        S(
            "language learning",
            ["Let's chat a bit.", "Sure! What would you like to talk about today?"],
            ("Whenever we chat, reply in simple Italian so I can practice.", "pf", "standing instruction"),
        ),
        S(
            "fitness",
            ["When should I work out?", "Evenings around 6pm work well for most people."],
            ("I've become a morning person, workouts before 7am suit me best now.", "pf", "lasting change"),
        ),
        S(
            "health",
            ["Is it OK to take ibuprofen for a headache?", "For most adults, 200-400 mg every 4-6 hours is typical."],
            ("I'm pregnant (due in March), so please factor that in for anything health-related.", "pf", "durable condition + standing instruction"),
        ),
        S(
            "shopping",
            ["I need a few basic t-shirts.", "Shein and Primark have packs of 5 for under €15."],
            ("I don't buy fast fashion anymore, so secondhand or sustainable brands only.", "pf", "lasting preference"),
        ),
        S(
            "coding",
            ["Write a JS function to debounce.", "function debounce(fn, ms) {\n    let t;\n    return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };\n}"],
            ("Our team style is no semicolons and 2-space indent. Default to that.", "pf", "standing style"),
        ),
        S(
            "travel",
            ["Things to do in Rome?", "Climb the Spanish Steps, walk the Palatine Hill, and explore Trastevere's cobblestone alleys."],
            ("I'm a wheelchair user, so step-free access matters for anything you suggest.", "pf", "durable fact + standing instruction"),
        ),
        S(
            "customer support",
            ["Update my notification settings.", "Sure! Which notifications would you like to receive?"],
            ("Only order updates. No marketing emails, ever.", "pf", "standing preference"),
        ),
        S(
            "cooking",
            ["Bake time for brownies at 180°C?", "About 25 minutes at 180°C."],
            ("My oven runs hot, about 15 degrees, so adjust temperatures for me.", "pf", "durable equipment fact + standing instruction"),
        ),
        S(
            "finance",
            ["How do I start investing?", "Open a brokerage account, pick a broad index fund, and automate monthly contributions."],
            ("Sounds good. I can't stand checking apps daily, so set-and-forget is my style.", "pf", "lasting preference"),
        ),
        S(
            "language learning",
            ["Teach me a new word.", "Today's word: 'serendipity' - finding something good without looking for it."],
            ("Nice. In general I'd like words I can use at work, I'm a nurse.", "pf", "lasting preference + profile fact"),
        ),
    ),
    # ------------------------------------------------------------------ more negatives (holdout)
    F(
        "ho-misc-negatives",
        "holdout",
        S(
            "science",
            ["How do vaccines train the immune system?", "They show your immune system a harmless piece or version of a pathogen so it builds antibodies and memory cells."],
            ("Okay, makes sense now.", "", "acknowledgement"),
        ),
        S(
            "cooking",
            ["Fancy dinner idea?", "Duck breast with cherry sauce. Is this for a special occasion?"],
            ("Nah, just a regular Tuesday.", "", "'nah' answers a question"),
        ),
        S(
            "home",
            ["How do I get rid of fruit flies?", "A bowl of apple cider vinegar with a drop of dish soap, or a paper-cone trap with a banana slice."],
            ("I'll give the vinegar one a go this weekend.", "", "acceptance"),
        ),
        S(
            "language learning",
            ["Why do Spanish speakers say 'ojalá que llueva' and not 'llueve'?", "'Ojalá' always triggers the subjunctive, so it's 'llueva'."],
            ("The app I use told me 'wrong, use the subjunctive here' and never explained why. Now it clicks.", "",
             "quoted correction from an app, not aimed at the assistant"),
        ),
        S(
            "coding",
            ["How do I rebase my branch on main?", "git fetch, then git rebase origin/main, fix conflicts, git rebase --continue, and force-push with --force-with-lease."],
            ("Could you walk me through the conflict step more slowly?", "", "asks for elaboration; the answer did not miss the request"),
        ),
        S(
            "parenting",
            ["Birthday party games for my daughter's party?", "For a 7-year-old: treasure hunt, musical statues, and a piñata."],
            ("Small correction from me: she's turning 8, not 7, I miscounted last time.", "pf",
             "the user fixes their own earlier statement -> not a correction of the assistant; child's age is a durable fact -> preference"),
            earlier=[["My daughter turns 7 in May, party ideas later?", "Sure, just ask when you're ready!"]],
        ),
        S(
            "travel",
            ["Pick the better of the two hostels.", "Hostel One: 9.1 rating, €28. Bunk Inn: 8.4, €22. I'd go with Hostel One."],
            ("Ha, fair enough.", "", "acceptance"),
        ),
        S(
            "health",
            ["Remind me to take my antibiotics.", "Should I set a reminder for every 8 hours?"],
            ("Yes, starting at 8am.", "", "answers a question"),
        ),
        S(
            "finance",
            ["Is it worth refinancing from 7.2% to 6.1%?", "On $300k that saves about $215 a month; with $6k closing costs you'd break even in about 28 months."],
            ("Got it, that's a clear yes for us then.", "", "acceptance"),
        ),
    ),
]
