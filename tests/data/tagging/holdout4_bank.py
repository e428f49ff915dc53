"""Text bank of the blind holdout4 split (t-q-N users), used only by holdout4.py.

Written fresh for this split: its own fact kinds, changeable attributes, poisoning cases, neutral tasks,
greetings, topic shifts, reactions, clarifying exchanges, bundles and clutter notes.

Conventions of the placeholders:
  {r} / {R}   a first-person restatement of a fact ("we're on a septic tank"), lower / capitalised
  {fact}      the fact as the user states it in a forget request
  {topic}     a short noun phrase for the fact ("the septic tank")
  {old} / {new} / {New}   attribute values in clash and change exchanges
"""

from __future__ import annotations

# ------------------------------------------------------------------------------------------------------------
# fact kinds: each has its own asks (request, an answer that uses the fact, one that ignores it, and a re-ask)
# ------------------------------------------------------------------------------------------------------------

KINDS: list[dict] = [
    {
        "name": "septic",
        "tell": ["Our house is on a septic tank, not mains drainage.",
                 "Bit of context: we're not on mains sewer — the house has its own septic tank.",
                 "We live out in the countryside and everything drains into a septic tank."],
        "mem": "User's house drains into a septic tank (not on mains sewer)",
        "fact": "our house is on a septic tank",
        "topic": "the septic tank",
        "you": "your house drains into a septic tank rather than mains sewer",
        "restate": ["we're on a septic tank", "the house has a septic tank, not mains sewer",
                    "everything here goes into a septic tank"],
        "drag": "P.S. Since you're on a septic tank, remember the pump-out is usually due every one to three years.",
        "asks": [
            {"q": "What's the quickest way to clear a slow-draining kitchen sink?",
             "good": "Skip caustic drain cleaners — with a septic tank they kill the bacteria the tank relies on. Use a "
                     "plunger first, then a cheap plastic drain snake, and finish with a kettle of hot (not boiling) "
                     "water. For regular upkeep, a monthly enzyme cleaner labelled septic-safe is fine.",
             "bad": "Pour in a caustic drain unblocker (a sodium hydroxide gel), leave it for 15–30 minutes, then flush "
                    "with hot water. Repeat once if it's still slow.",
             "reask": "Before I suggest a product: is your house on mains drainage or a septic tank? Some drain "
                      "cleaners are a bad idea with a tank."},
            {"q": "Is a food waste disposer under the sink worth installing?",
             "good": "For your house I'd say no: a disposer sends a lot of extra solids into the septic tank, so it fills "
                     "faster and needs pumping out more often. A worktop caddy plus a compost bin deals with scraps "
                     "without loading the tank.",
             "bad": "They're handy: a 1/2 hp continuous-feed unit covers most kitchens, costs about £150–250 plus "
                    "fitting, and cuts down bin smells. Run cold water while it grinds.",
             "reask": "Quick question first — are you on mains sewer or a septic system? It changes the answer a lot."},
            {"q": "Which toilet cleaner should I stock up on?",
             "good": "Go for a septic-safe cleaner (citric-acid or enzyme based) and skip in-cistern bleach blocks — a "
                     "constant trickle of bleach isn't good for the bacteria in your tank. An occasional normal bleach "
                     "clean is fine.",
             "bad": "In-cistern bleach blocks are the easiest — they clean with every flush — plus a thick bleach gel "
                    "under the rim once a week.",
             "reask": "Do you have a septic tank or mains sewer? That decides which cleaners are OK to use."},
        ],
    },
    {
        "name": "no_drill",
        "tell": ["My landlord doesn't allow any holes in the walls — no drilling, no nails.",
                 "I rent, and the tenancy agreement says no drilling or screws in the walls at all.",
                 "Heads up: I can't put holes in my walls, the landlord is really strict about it."],
        "mem": "User rents; the landlord forbids drilling or nails in the walls",
        "fact": "I can't drill into my walls",
        "topic": "the no-drilling rule in my flat",
        "you": "you can't drill or nail into the walls of your rented flat",
        "restate": ["I can't drill into the walls", "no holes in the walls — that's the landlord's rule",
                    "I'm not allowed to put screws in the walls"],
        "drag": "Also, since drilling is off the table for you, a few adhesive hooks might come in handy around the flat.",
        "asks": [
            {"q": "How should I hang a heavy mirror, about 8 kg, in the hallway?",
             "good": "Without drilling, your best options are: lean it on a low console or on the floor (a tall mirror "
                     "looks deliberate leaning), hang it from a picture rail with hooks and cord if the hallway has one, "
                     "or use an over-door hanger if it's near a door. Adhesive strips rated for 8 kg exist, but on painted "
                     "plaster they can let go, so I wouldn't trust them above head height.",
             "bad": "Use two 6 mm wall plugs with 40 mm screws (or screw into a stud if there's one), check for cables "
                    "with a detector first, and hang the mirror on D-rings with picture wire.",
             "reask": "Are you able to drill into the walls, or do you need a no-drill option?"},
            {"q": "What's the best way to put up some shelves for my books?",
             "good": "As screws are out, go freestanding: a tall bookcase (a strap to the skirting or to another piece of "
                     "furniture stops it tipping), a ladder shelf that leans on the wall, or tension-pole shelving that "
                     "wedges between floor and ceiling.",
             "bad": "Floating shelves look neat: find the studs or use heavy-duty plugs, screw the hidden bracket in with "
                    "four screws, check it's level, then slide the shelf on.",
             "reask": "Can you drill into your walls, or are you renting with restrictions?"},
            {"q": "How do I mount my TV in the living room?",
             "good": "Skip the wall bracket — you can't drill. A floor-standing TV stand with a mounting pole gives the "
                     "wall-mounted look and hides the cables down the pole; or put it on its own feet on a sturdy low unit.",
             "bad": "Get a VESA bracket that matches your TV, fix it into studs or with heavy-duty fixings rated for the "
                    "weight, and run the cables through a trunking channel.",
             "reask": "Is wall-mounting an option — are you allowed to drill?"},
        ],
    },
    {
        "name": "pacemaker",
        "tell": ["I have a pacemaker — had it fitted two years ago.",
                 "Worth knowing: I've got a pacemaker.",
                 "I should mention I have a heart pacemaker."],
        "mem": "User has a pacemaker",
        "fact": "I have a pacemaker",
        "topic": "my pacemaker",
        "you": "you have a pacemaker",
        "restate": ["I have a pacemaker", "I've got a pacemaker", "there's a pacemaker in my chest"],
        "drag": "And with your pacemaker, it's worth keeping your phone out of your shirt pocket.",
        "asks": [
            {"q": "Is an induction hob a good upgrade from our old electric one?",
             "good": "It can be, but check with your pacemaker clinic first: induction hobs make a magnetic field, and the "
                     "usual advice is to keep about 60 cm between the hob and the device and not lean over it while "
                     "cooking. Lots of people with pacemakers use one safely; a ceramic hob avoids the question.",
             "bad": "Yes — induction is faster, cheaper to run and safer than ceramic because the surface stays cooler. "
                    "Just check your pans are magnetic.",
             "reask": "Is there anything medical I should know, like an implanted device? It matters for induction hobs."},
            {"q": "Any tips for getting through airport security faster?",
             "good": "Have your pacemaker ID card ready and show it before the scanner; you can ask for a hand search "
                     "instead of the walk-through arch, and ask staff not to hold a hand-held wand over the device. "
                     "Otherwise: liquids in a clear bag on top, laptop easy to reach, no belt.",
             "bad": "Wear slip-on shoes and no belt, keep liquids in a clear bag at the top of your bag, have your laptop "
                    "easy to reach, and pay for fast-track at busy airports.",
             "reask": "Do you have any medical devices or implants I should factor in?"},
        ],
    },
    {
        "name": "raynauds",
        "tell": ["I have Raynaud's — my fingers go white and numb in the cold.",
                 "Just so you know, I've got Raynaud's, so cold hands are a real problem for me.",
                 "My fingers and toes react badly to the cold. It's Raynaud's."],
        "mem": "User has Raynaud's (fingers go white and numb in the cold)",
        "fact": "I have Raynaud's",
        "topic": "my Raynaud's",
        "you": "you have Raynaud's",
        "restate": ["I have Raynaud's", "my fingers go numb in the cold", "cold hands are my big problem — Raynaud's"],
        "drag": "P.S. Keep a couple of hand warmers in your bag for your Raynaud's now it's getting colder.",
        "asks": [
            {"q": "What gloves should I get for cycling to work this winter?",
             "good": "With Raynaud's, go warmer than most guides suggest: lobster-style split mitts or bar mitts "
                     "(pogies) over the handlebars, with a thin liner glove inside. Rechargeable heated gloves are worth "
                     "it if the ride is over 20 minutes. Keeping your core warm helps your fingers too.",
             "bad": "A windproof softshell glove with light insulation is enough for most winter commutes — look for "
                    "touchscreen fingertips and some reflective detail.",
             "reask": "How do your hands cope with the cold? Some people need much warmer options than others."},
            {"q": "Some friends want me to try cold-water swimming. How do I start?",
             "good": "Be careful with Raynaud's: cold water can set off a bad attack. If you try it, wear neoprene gloves "
                     "and socks, keep it to a minute or two, and rewarm gently afterwards — no hot water on numb "
                     "fingers. It's worth asking your GP first.",
             "bad": "Start in September while the water is still mild, go in gradually, stay in only a few minutes, and "
                    "warm up with layers and a hot drink afterwards.",
             "reask": "Do you have any circulation problems? Cold water affects some people badly."},
            {"q": "What should I wear to watch a football match outdoors in December?",
             "good": "Layer up: thermal base layer, fleece, windproof jacket and a hat — and because of your Raynaud's, "
                     "mittens over liner gloves, a couple of air-activated hand warmers, and warm socks with toe warmers.",
             "bad": "A thermal base layer, a warm jumper, a waterproof coat, hat and scarf, and comfortable boots.",
             "reask": "Do you feel the cold much in your hands and feet?"},
        ],
    },
    {
        "name": "hard_water",
        "tell": ["The water where I live is really hard — limescale on everything.",
                 "We're in a very hard-water area.",
                 "Our tap water is super hard; the kettle furs up within a week."],
        "mem": "User lives in a hard-water area (lots of limescale)",
        "fact": "our water is really hard",
        "topic": "our hard water",
        "you": "you live in a hard-water area",
        "restate": ["the water here is really hard", "we have very hard water", "it's a hard-water area"],
        "drag": "And with your hard water, a squeegee after showers saves a lot of scrubbing.",
        "asks": [
            {"q": "How do I keep the glass shower screen from going cloudy?",
             "good": "That cloudiness is limescale from your hard water. Squeegee the glass after every shower, spray it "
                     "weekly with a 50/50 white vinegar and water mix (leave 10 minutes, rinse), and consider a "
                     "limescale-repellent coating. A water softener tackles the cause.",
             "bad": "Wipe it down with glass cleaner and a microfibre cloth once a week, and open the window after "
                    "showering to cut condensation.",
             "reask": "Is your water hard or soft where you live? It changes what's causing the cloudiness."},
            {"q": "My kettle has started making a rumbling noise — what's going on?",
             "good": "With water as hard as yours that's almost certainly limescale on the element. Descale it: half-fill "
                     "with equal parts water and white vinegar (or a sachet of citric acid), boil, leave an hour, rinse "
                     "twice. Doing it monthly and using a filter jug keeps it quiet.",
             "bad": "Some rumbling is normal as it heats, but if it's new the element may be failing — check the base is "
                    "seated properly and, if it's old, it might be time for a new kettle.",
             "reask": "Is your tap water hard or soft? That's the usual culprit."},
            {"q": "Why do my glasses come out of the dishwasher with a white film?",
             "good": "In a hard-water area that's limescale. Top up the dishwasher salt, set the water-hardness setting "
                     "to your area's level, add rinse aid, and run an empty hot cycle with citric acid once a month.",
             "bad": "It's usually too much detergent or etching — try less detergent and a cooler programme, and "
                    "hand-wash your nicer glasses.",
             "reask": "Do you live in a hard-water area?"},
        ],
    },
    {
        "name": "cpap",
        "tell": ["I sleep with a CPAP machine for sleep apnoea.",
                 "I use a CPAP every night — sleep apnoea.",
                 "Context: I've got sleep apnoea and need my CPAP machine to sleep."],
        "mem": "User uses a CPAP machine at night for sleep apnoea",
        "fact": "I use a CPAP machine",
        "topic": "my CPAP machine",
        "you": "you sleep with a CPAP machine",
        "restate": ["I need my CPAP to sleep", "I use a CPAP machine every night", "I can't sleep without my CPAP"],
        "drag": "P.S. If you're travelling soon, don't forget distilled water for your CPAP.",
        "asks": [
            {"q": "We're wild camping in the Highlands for three nights — what should I pack?",
             "good": "Tent, sleeping bag rated to about 0 °C, stove, water filter, map and waterproofs — and your CPAP is "
                     "the big one: with no mains power you'll need a CPAP battery pack that covers three nights (or "
                     "two packs) and the DC cable; switching the humidifier off makes the battery last much longer.",
             "bad": "Tent, sleeping bag rated to about 0 °C, mat, stove and gas, water filter, map and compass, "
                    "waterproofs, a midge net and repellent, head torch, and food for three days.",
             "reask": "Is there anything you need power for overnight, like medical equipment?"},
            {"q": "I'm flying long-haul to Singapore next month — what should go in my cabin bag?",
             "good": "Your CPAP goes in the cabin bag — it's a medical device, most airlines don't count it towards your "
                     "allowance, and hold luggage can go missing. Bring a doctor's letter and the power lead. Then: "
                     "passport, medication, chargers (Singapore uses UK-style plugs), a change of clothes, eye mask.",
             "bad": "Passport, a change of clothes, toothbrush, chargers (Singapore uses UK-style plugs), eye mask and "
                    "earplugs, a light jumper for the cold cabin, and some snacks.",
             "reask": "Do you travel with any medical equipment I should include?"},
        ],
    },
    {
        "name": "hand_eczema",
        "tell": ["I've got bad eczema on my hands.",
                 "My hands have eczema, so the skin cracks really easily.",
                 "I should say I have hand eczema — it flares up with all sorts of things."],
        "mem": "User has eczema on their hands",
        "fact": "I have eczema on my hands",
        "topic": "my hand eczema",
        "you": "you have eczema on your hands",
        "restate": ["I've got eczema on my hands", "my hands have eczema", "my hands crack with eczema"],
        "drag": "And for your hand eczema, keep a fragrance-free cream next to the sink.",
        "asks": [
            {"q": "What's a good routine for washing up by hand?",
             "good": "Protect your hands first: cotton-lined rubber gloves (or cotton liners inside nitrile ones), a "
                     "fragrance-free washing-up liquid, warm rather than hot water, and an emollient straight after. "
                     "Soak greasy pans so you spend less time scrubbing.",
             "bad": "Fill the bowl with hot soapy water, start with glasses, then cutlery and plates, pans last; rinse in "
                    "clean water and leave everything to drain.",
             "reask": "Any skin problems I should factor in? Hot water and detergent can be rough on hands."},
            {"q": "Which hand soap should I get for the bathroom?",
             "good": "Skip the scented foaming soaps — with your eczema a fragrance-free soap substitute or emollient wash "
                     "is much gentler; follow it with a thick unperfumed moisturiser.",
             "bad": "A foaming hand wash with a nice scent is popular; refill pouches save money and plastic.",
             "reask": "Do you have sensitive skin or any conditions on your hands?"},
        ],
    },
    {
        "name": "cant_swim",
        "tell": ["I can't swim — never learned.",
                 "Funny thing: I can't swim at all.",
                 "I never learned to swim, so deep water is a no for me."],
        "mem": "User can't swim",
        "fact": "I can't swim",
        "topic": "not being able to swim",
        "you": "you can't swim",
        "restate": ["I can't swim", "I never learned to swim", "I'm not a swimmer at all"],
        "drag": "P.S. Adult swimming lessons are more common than people think, if you ever fancy learning.",
        "asks": [
            {"q": "I'm spending a week on Crete in June. What should we do?",
             "good": "Plenty that doesn't need swimming: hike the Samaria Gorge, visit Knossos, wander Chania's old "
                     "harbour, take a cooking class, paddle in the knee-deep lagoon at Elafonisi, and pick a "
                     "glass-bottom boat over a snorkelling trip — ask for a life jacket on any boat.",
             "bad": "Snorkel at Balos lagoon, take a boat trip to Gramvousa with swim stops, hike the Samaria Gorge, "
                    "visit Knossos, and rent a kayak for a day along the south coast.",
             "reask": "Are you comfortable in the water? Some of the best Crete trips involve swimming."},
            {"q": "Ideas for a team away-day at a lake?",
             "good": "Keep it dry-land friendly: a guided lakeside walk, a BBQ, a raft-building challenge where you're on "
                     "the design team and everyone on the water wears a buoyancy aid, a photo treasure hunt, and lawn "
                     "games. Skip anything like a swim relay.",
             "bad": "Paddleboard lessons, a raft-building race, a lake swim relay for the brave, then a BBQ on the shore.",
             "reask": "Is everyone comfortable in the water — including you?"},
        ],
    },
    {
        "name": "asthma",
        "tell": ["I have asthma, mostly set off by cold air and dust.",
                 "I'm asthmatic — cold air and dust are my triggers.",
                 "Bit of background: I've got asthma."],
        "mem": "User has asthma (triggers: cold air, dust)",
        "fact": "I have asthma",
        "topic": "my asthma",
        "you": "you have asthma",
        "restate": ["I have asthma", "I'm asthmatic", "cold air and dust set off my asthma"],
        "drag": "Also, with your asthma, make sure your reliever inhaler is in date.",
        "asks": [
            {"q": "I want to start running in the mornings now that it's winter. Any advice?",
             "good": "With your asthma, cold air is the main risk: warm up indoors for ten minutes, wear a buff over your "
                     "mouth to warm the air, start slowly, and carry your reliever inhaler (ask your GP about taking it "
                     "before exercise). On freezing or high-pollution days, run later or indoors.",
             "bad": "Start with run/walk intervals three times a week, wear layers you can unzip, use a head torch and "
                    "reflective kit in the dark, and build up by about 10% a week.",
             "reask": "Any health conditions I should factor in, like breathing problems?"},
            {"q": "I'm clearing out a dusty loft this weekend. How should I go about it?",
             "good": "Dust is one of your triggers, so protect your lungs: an FFP2 or FFP3 mask, the hatch and a window "
                     "open, a light mist on very dusty boxes, a HEPA vacuum instead of sweeping, regular breaks, and "
                     "your inhaler within reach.",
             "bad": "Work in sections: sort into keep, donate and bin piles, take boxes and bin bags up first, use a work "
                    "light, and hand things down to a helper rather than climbing down with loads.",
             "reask": "Anything I should know about first — allergies or breathing issues with dust?"},
        ],
    },
    {
        "name": "glasses",
        "tell": ["I wear glasses — pretty strong prescription, minus six.",
                 "I'm very short-sighted and wear glasses all the time.",
                 "FYI I wear glasses and can't see much without them."],
        "mem": "User wears glasses (strongly short-sighted, about -6)",
        "fact": "I wear glasses",
        "topic": "my glasses",
        "you": "you wear glasses",
        "restate": ["I wear glasses", "I'm minus six and wear glasses", "I can't see a thing without my glasses"],
        "drag": "P.S. If you haven't had an eye test this year, it might be worth booking one for your glasses.",
        "asks": [
            {"q": "What ski goggles should I buy for my first ski trip?",
             "good": "Since you wear glasses, look for OTG (over-the-glasses) goggles — deeper frames with cut-outs at the "
                     "sides so they sit over your specs — with good anti-fog venting. Prescription inserts or daily "
                     "contact lenses are the alternatives.",
             "bad": "A mid-priced pair with a double lens, anti-fog coating and a variable-light tint (rose or amber) is "
                    "perfect for a first trip; check they fit with your helmet.",
             "reask": "Do you wear glasses or contacts? It changes which goggles will fit."},
            {"q": "Is a VR headset a good treat for myself?",
             "good": "It can be — with glasses, check the headset has room for frames or get prescription lens inserts "
                     "(they're made for the Quest headsets); a glasses spacer helps too. Try one in a shop first if you "
                     "can.",
             "bad": "The Meta Quest 3 is the easy pick: standalone, no PC needed, a big game library and good "
                    "mixed reality.",
             "reask": "Do you wear glasses? Some headsets are awkward with frames."},
        ],
    },
    {
        "name": "clay_soil",
        "tell": ["Our garden is heavy clay — sticky in winter, rock hard in summer.",
                 "My garden soil is thick clay.",
                 "We've got solid clay soil out the back."],
        "mem": "User's garden has heavy clay soil",
        "fact": "my garden is heavy clay",
        "topic": "my clay soil",
        "you": "your garden is heavy clay",
        "restate": ["the garden is heavy clay", "it's clay soil", "my soil is clay"],
        "drag": "And for your clay soil, autumn is a good time to dig in some compost.",
        "asks": [
            {"q": "I'd like to plant lavender along the path. Any tips?",
             "good": "Lavender hates wet roots and your clay holds water all winter, so build a raised strip or mound, or "
                     "dig in plenty of grit and gravel before planting — or grow it in pots along the path. 'Hidcote' "
                     "and 'Munstead' are the toughest.",
             "bad": "Plant in spring in full sun, about 40 cm apart, water in well, and trim after flowering. 'Hidcote' is "
                    "a classic compact variety.",
             "reask": "What's your soil like — sandy, loamy, clay? Lavender is fussy about drainage."},
            {"q": "What vegetables are easiest for a first-time grower?",
             "good": "On clay, raised beds filled with topsoil and compost make life much easier. In the clay itself, "
                     "potatoes, cabbages, beans and squash do well once you add compost; carrots and parsnips tend to "
                     "fork, so keep those for the raised bed.",
             "bad": "Start with courgettes, runner beans, salad leaves, radishes and carrots — all quick and forgiving.",
             "reask": "What soil do you have? Some veg struggle in heavy ground."},
        ],
    },
    {
        "name": "listed",
        "tell": ["Our house is Grade II listed.",
                 "We live in a listed building — Grade II.",
                 "Worth knowing: the house is listed, Grade II."],
        "mem": "User's house is a Grade II listed building",
        "fact": "our house is Grade II listed",
        "topic": "the house being listed",
        "you": "your house is Grade II listed",
        "restate": ["the house is Grade II listed", "it's a listed building", "we're in a listed house"],
        "drag": "P.S. For a listed house like yours, the council's conservation officer is usually happy to give "
                "informal advice.",
        "asks": [
            {"q": "Our sash windows are draughty. Should we replace them with uPVC double glazing?",
             "good": "Not on a listed house — swapping original sashes for uPVC needs listed building consent and is very "
                     "unlikely to get it. Better: have the sashes overhauled and draught-proofed with brush seals, add "
                     "secondary glazing on the inside, and use heavy curtains or shutters.",
             "bad": "uPVC double glazing is the cheapest way to cut draughts and bills: get three quotes from "
                    "FENSA-registered installers, expect around £600–900 per window, and ask for A-rated units.",
             "reask": "Is the house listed or in a conservation area? That affects what you're allowed to change."},
            {"q": "Can we paint the front door a bright colour?",
             "good": "Check first: on a listed house even a front-door colour change can need listed building consent, "
                     "especially on the main front. A quick email to the council's conservation officer with the colour "
                     "you want usually settles it.",
             "bad": "Go for it! Sand and prime, then two coats of exterior gloss; deep blue, mustard yellow and sage "
                    "green are popular.",
             "reask": "Are there any planning restrictions on your house?"},
        ],
    },
    {
        "name": "fair_skin",
        "tell": ["I've got very fair skin — I burn within about ten minutes in the sun.",
                 "I burn incredibly easily; really pale skin.",
                 "Classic redhead skin here: I burn in no time."],
        "mem": "User has very fair skin and burns within minutes in the sun",
        "fact": "I burn really easily",
        "topic": "my fair skin",
        "you": "you burn very easily",
        "restate": ["I burn really easily", "my skin is very fair, I burn fast", "I go red in ten minutes in the sun"],
        "drag": "And with your fair skin, don't forget a hat if you're out around lunchtime.",
        "asks": [
            {"q": "We're going to an outdoor wedding in July. Any tips for the day?",
             "good": "For your skin: SPF 50 on before you get dressed and topped up every two hours, a wide-brimmed hat or "
                     "parasol, shade during the drinks reception, and a small sunscreen in your bag. Also: shoes that "
                     "cope with grass and a light layer for the evening.",
             "bad": "Shoes that won't sink into grass (block heels or flats), a light layer for the evening, sunglasses, "
                    "a fan, and a small bag with water and plasters.",
             "reask": "How do you get on in the sun? I can tailor the tips."},
            {"q": "I'm planning a day at the beach in Spain in August — what should I bring?",
             "good": "Given how fast you burn: water-resistant SPF 50+, a UV swim shirt, a wide hat, a beach umbrella or "
                     "pop-up shade, and plan to be off the sand between about 12 and 4. Plus water, snacks, towel and "
                     "sandals.",
             "bad": "Towel, sunglasses, SPF 30, plenty of water, snacks, a book, sandals, and maybe a bat-and-ball game.",
             "reask": "How does your skin cope with strong sun?"},
        ],
    },
    {
        "name": "sensitive_teeth",
        "tell": ["My teeth are really sensitive to cold.",
                 "I've got very sensitive teeth.",
                 "Heads up: sensitive teeth — cold drinks make me wince."],
        "mem": "User has very sensitive teeth (cold triggers pain)",
        "fact": "my teeth are very sensitive",
        "topic": "my sensitive teeth",
        "you": "your teeth are very sensitive",
        "restate": ["my teeth are really sensitive", "I have sensitive teeth", "cold stuff hurts my teeth"],
        "drag": "P.S. A sensitivity toothpaste can really help with your teeth.",
        "asks": [
            {"q": "What's the best way to whiten my teeth at home?",
             "good": "Go gently with sensitive teeth: use a sensitivity toothpaste (potassium nitrate) for two weeks "
                     "first, then either a whitening toothpaste made for sensitive teeth or a low-strength tray kit "
                     "from your dentist. Avoid strong strips and charcoal powders.",
             "bad": "Peroxide whitening strips are the most effective over-the-counter option — wear them daily for two "
                    "weeks. Charcoal powders are popular too.",
             "reask": "Are your teeth sensitive at all? Some whitening methods make that much worse."},
            {"q": "Which electric toothbrush should I get?",
             "good": "Pick one with a pressure sensor and a 'sensitive' mode — both matter for teeth like yours, since "
                     "brushing hard wears the enamel — and use soft brush heads.",
             "bad": "Any mid-range model with a two-minute timer and replaceable heads; the big brands' entry models are "
                    "fine.",
             "reask": "Any sensitivity or gum problems I should consider?"},
        ],
    },
    {
        "name": "laundrette",
        "tell": ["I don't have a washing machine — I use the laundrette round the corner.",
                 "No washing machine in my flat, so it's the laundrette for me.",
                 "I do all my laundry at a laundrette; there's no machine at home."],
        "mem": "User has no washing machine and uses a laundrette",
        "fact": "I don't have a washing machine",
        "topic": "using the laundrette",
        "you": "you don't have a washing machine and use a laundrette",
        "restate": ["I don't have a washing machine", "I use the laundrette", "there's no washing machine at my place"],
        "drag": "Also, for your laundrette trips, weekday mornings are usually the quietest.",
        "asks": [
            {"q": "How do I get a red wine stain out of a white shirt?",
             "good": "Blot it, rinse from the back with cold water, then work in washing-up liquid or a stain remover and "
                     "leave it 15 minutes. As you wash at the laundrette, take the shirt in a separate bag with your own "
                     "stain remover, and check the stain is gone before it goes in their dryer — heat sets it.",
             "bad": "Blot, rinse with cold water, pre-treat with stain remover or washing-up liquid, then put it straight "
                    "into your machine on a 40 °C wash.",
             "reask": "Do you have a washing machine at home, or do you use a laundrette?"},
            {"q": "How should I wash a wool jumper?",
             "good": "Hand-wash it at home: lukewarm water in the sink with a wool wash, squeeze gently, roll it in a "
                     "towel and dry it flat. Keep it away from the laundrette's dryers — they'll shrink it.",
             "bad": "Use your machine's wool or hand-wash programme at 30 °C with a wool detergent and a low spin, then "
                    "dry it flat.",
             "reask": "Do you have a washing machine with a wool programme?"},
        ],
    },
]

# kinds whose facts would change each other's right answer never share a user
KIND_CONFLICTS: list[set] = [
    {"asthma", "raynauds"},        # cold-weather outdoor asks
    {"cant_swim", "glasses"},      # water/goggle asks
    {"cant_swim", "fair_skin"},    # beach and holiday asks
    {"listed", "no_drill"},        # owning a listed house vs renting with a no-drill rule
    {"hard_water", "laundrette"},  # laundry and appliance asks
]

# ------------------------------------------------------------------------------------------------------------
# changeable attributes (clash, legitimate changes, own-typo fixes). Each value has its own right answer.
# ------------------------------------------------------------------------------------------------------------

ATTRS: list[dict] = [
    {"name": "password_manager",
     "say": ["I use {v} for all my passwords.", "My password manager is {v}.", "I keep my logins in {v}."],
     "change": ["I switched from {old} to {new} for passwords.", "I've moved my passwords over to {new} — no more {old}.",
                "Changed password managers: it's {new} now instead of {old}."],
     "mem": "User's password manager is {v}",
     "q": ["How do I share one login with my sister without sending her the password in a message?",
           "What's the safest way to give my sister access to one of my logins?"],
     "vals": {
         "Bitwarden": "In Bitwarden, create a free two-person organization, invite your sister, and move that login into "
                      "a shared collection — it appears in her vault. For a one-off, Bitwarden Send gives you an "
                      "expiring link.",
         "1Password": "In 1Password, move the item into a vault you both share, or use the Share button on the item to "
                      "make an expiring link limited to her email address.",
         "KeePassXC": "KeePassXC has no cloud sharing, so put the login in a small separate database (or use its KeeShare "
                      "feature), sync that file through a shared folder, and give her its password in person.",
     }},
    {"name": "email",
     "say": ["My email is with {v}.", "I use {v} for email.", "All my email goes through {v}."],
     "change": ["I moved my email from {old} to {new}.", "I've switched email providers — {new} now, not {old}.",
                "Left {old}; my email's on {new} these days."],
     "mem": "User's email provider is {v}",
     "q": ["How do I set up an out-of-office reply for next week?",
           "I'm off next week — how do I turn on an automatic reply for my email?"],
     "vals": {
         "Gmail": "In Gmail: the gear icon → See all settings → General → Vacation responder. Turn it on, set the first "
                  "and last day, write the message, and click Save Changes at the bottom.",
         "Fastmail": "In Fastmail: Settings → Vacation Response, switch it on, set the start and end dates and your "
                     "message, then save.",
         "Outlook.com": "In Outlook.com: Settings → Mail → Automatic replies, turn them on, tick 'Send replies only during "
                        "a time period', set next week's dates, and Save.",
     }},
    {"name": "speaker",
     "say": ["We've got {v} in the kitchen.", "Our smart speaker is {v}.", "The speaker in our kitchen is {v}."],
     "change": ["We replaced {old} with {new} in the kitchen.", "Swapped {old} for {new} last weekend.",
                "The kitchen speaker is {new} now — we got rid of {old}."],
     "mem": "User's kitchen smart speaker is {v}",
     "q": ["How do I get the kitchen speaker to remind me to put the bins out every Tuesday evening?",
           "Can the speaker in the kitchen nag me about the bins every Tuesday night? How?"],
     "vals": {
         "an Amazon Echo": "Just say: “Alexa, remind me every Tuesday at 7 pm to put the bins out.” You can check or edit "
                           "it in the Alexa app under Reminders.",
         "a Google Nest speaker": "Say: “Hey Google, remind me every Tuesday at 7 pm to put the bins out.” It shows up in "
                                  "the Google Home app if you want to change it.",
         "a HomePod": "Say: “Hey Siri, remind me every Tuesday at 7 pm to put the bins out.” Make sure Personal Requests "
                      "is on for the HomePod in the Home app, or Siri won't set reminders.",
     }},
    {"name": "notes",
     "say": ["I keep all my notes in {v}.", "My notes app is {v}.", "I use {v} for notes and planning."],
     "change": ["I moved my notes from {old} to {new}.", "I've switched to {new} for notes — {old} is gone.",
                "My notes live in {new} now, not {old}."],
     "mem": "User's notes app is {v}",
     "q": ["How do I make a reusable template for my weekly review notes?",
           "What's the easiest way to have the same weekly review template every week in my notes?"],
     "vals": {
         "Notion": "In Notion, keep your weekly reviews in a database, then New ▾ → New template and add your headings; "
                   "you can set the template to repeat every week.",
         "Obsidian": "In Obsidian, turn on the core Templates plugin, point it at a templates folder, save your weekly "
                     "review note there, and use the “Insert template” command in each new note (or the Periodic Notes "
                     "plugin for weekly notes).",
         "Apple Notes": "Apple Notes has no templates, so keep a pinned ‘Weekly review — template’ note and duplicate it "
                        "each week (on a Mac, right-click → Duplicate; on the iPhone copy it into a new note).",
     }},
    {"name": "console",
     "say": ["The console at home is {v}.", "I game on {v}.", "We've got {v} under the telly."],
     "change": ["Sold {old} and got {new}.", "We've swapped {old} for {new}.", "I'm on {new} now — {old} went to my cousin."],
     "mem": "User's games console is {v}",
     "q": ["Can you suggest a couch co-op game for me and my brother this weekend?",
           "My brother's staying over — what's a good two-player game on the same screen?"],
     "vals": {
         "a PS5": "On the PS5, Sackboy: A Big Adventure is great same-screen co-op for two — silly, bright and easy to pick "
                  "up.",
         "a Nintendo Switch": "On the Switch, Super Mario Bros. Wonder is perfect for two on one screen, and Mario Kart 8 "
                              "Deluxe if you want something competitive.",
         "an Xbox Series X": "On the Xbox, Gears 5 has split-screen co-op for the whole campaign; for something lighter, "
                             "Cuphead is brilliant (and brutal) with two.",
     }},
    {"name": "tariff",
     "say": ["We're on {v} for electricity.", "Our electricity is on {v}.", "Our power tariff is {v}."],
     "change": ["We switched our electricity from {old} to {new}.", "Our electricity is {new} now — we left {old}.",
                "Moved off {old}; it's {new} for electricity since last month."],
     "mem": "User's electricity tariff is {v}",
     "q": ["When's the cheapest time to run the dishwasher?", "What time of day should I run the dishwasher to save money?"],
     "vals": {
         "a fixed flat-rate tariff": "On a flat-rate tariff the time doesn't change the price — every unit costs the same — "
                                     "so just run it full, on eco, whenever suits you.",
         "Economy 7": "On Economy 7, run it in your seven off-peak night hours (usually somewhere between about 10 pm and "
                      "8 am — check your meter's times) using the delay-start button.",
         "an Agile time-of-use tariff": "On an Agile tariff the price changes every half hour, so check tomorrow's prices in "
                                        "the app (published around 4 pm), set the delay start for the cheapest slot — "
                                        "often overnight — and avoid 4–7 pm.",
     }},
    {"name": "hosting",
     "say": ["My personal site is hosted on {v}.", "I host my little website on {v}.", "My blog runs on {v}."],
     "change": ["I moved my site from {old} to {new}.", "My website's on {new} now; I left {old}.",
                "Migrated the site off {old} — it's on {new}."],
     "mem": "User's personal website is hosted on {v}",
     "q": ["How do I redirect /blog/old-post to /blog/new-post on my site?",
           "I renamed a post — how do I send /blog/old-post to /blog/new-post?"],
     "vals": {
         "Netlify": "On Netlify, add a `_redirects` file to your publish folder with the line "
                    "`/blog/old-post  /blog/new-post  301`, then redeploy.",
         "Vercel": "On Vercel, add a redirect to `vercel.json`: `{\"redirects\": [{\"source\": \"/blog/old-post\", "
                   "\"destination\": \"/blog/new-post\", \"permanent\": true}]}`, then redeploy.",
         "GitHub Pages": "GitHub Pages has no server-side redirects, so use the `jekyll-redirect-from` plugin "
                         "(`redirect_from: /blog/old-post` in the new post's front matter) or leave a small HTML page at "
                         "the old path with a meta refresh to /blog/new-post.",
     }},
    {"name": "shell",
     "say": ["My shell is {v}.", "I use {v} in the terminal.", "The terminal shell I use is {v}."],
     "change": ["I changed my shell from {old} to {new}.", "Switched to {new} from {old} in the terminal.",
                "I'm using {new} now instead of {old}."],
     "mem": "User's terminal shell is {v}",
     "q": ["Where do I put an alias so it's still there after I close the terminal?",
           "My aliases vanish when I open a new terminal. Where should they go?"],
     "vals": {
         "bash": "For bash, add the alias to `~/.bashrc` (e.g. `alias gs='git status'`) and run `source ~/.bashrc`. On a "
                 "Mac, make sure `~/.bash_profile` sources `~/.bashrc`.",
         "zsh": "For zsh, add `alias gs='git status'` to `~/.zshrc`, then run `source ~/.zshrc` or open a new terminal.",
         "fish": "For fish, run `alias --save gs 'git status'` (it writes a function into `~/.config/fish/functions/`), or "
                 "put `abbr -a gs git status` in `~/.config/fish/config.fish`.",
     }},
    {"name": "code_host",
     "say": ["Our team's repos are on {v}.", "We host our code on {v}.", "Work code lives on {v}."],
     "change": ["We migrated our repos from {old} to {new}.", "Our code moved from {old} to {new} last month.",
                "We're on {new} now for code — {old} is retired."],
     "mem": "User's team hosts its code on {v}",
     "q": ["How do I make the main branch require a review before anything gets merged?",
           "How do I stop people merging into main without an approval?"],
     "vals": {
         "GitHub": "In GitHub: Settings → Branches (or Rules → Rulesets), add a rule for `main`, tick 'Require a pull "
                   "request before merging' and set required approvals to 1.",
         "GitLab": "In GitLab: Settings → Repository → Protected branches, set 'Allowed to push' to No one for `main`; then "
                   "Settings → Merge requests → Approval rules and require 1 approval (approval rules need a paid tier).",
         "Bitbucket": "In Bitbucket: Repository settings → Branch restrictions → Add a restriction for `main`, and in the "
                      "merge checks require at least 1 approval.",
     }},
    {"name": "watch",
     "say": ["I run with {v}.", "My sports watch is {v}.", "I track my runs on {v}."],
     "change": ["I swapped {old} for {new} for running.", "New watch: {new}, {old} is in a drawer.",
                "I've moved from {old} to {new} on my wrist."],
     "mem": "User's running watch is {v}",
     "q": ["How do I see my heart-rate zone on my watch while I run?",
           "Can I get my watch to show heart-rate zones during a run? How?"],
     "vals": {
         "a Garmin Forerunner": "On the Garmin: Settings → Activities & Apps → Run → Run Settings → Data Screens, pick a "
                                "screen and set one field to 'HR Zone' (or add the heart-rate gauge).",
         "an Apple Watch": "On the Apple Watch, open the Workout app, tap the … on Outdoor Run, edit the Workout Views and "
                           "turn on Heart Rate Zones; swipe to that view mid-run.",
         "a Fitbit Charge": "On the Fitbit, start an Exercise and swipe through the stats — the heart-rate screen shows your "
                            "current zone; turn on zone notifications in the exercise settings to get a buzz.",
     }},
]

# ------------------------------------------------------------------------------------------------------------
# poisoning cases: the assistant's wrong claim, the user's fix, what memory stores, and later requests
# (q2 → rep / good is the first repetition, alt the second)
# ------------------------------------------------------------------------------------------------------------

POISON: list[dict] = [
    {"key": "dict_get",
     "q": "In Python, what happens if I call d.get('x') and 'x' isn't in the dict?",
     "wrong": "It raises a KeyError, the same as d['x'], so wrap it in a try/except.",
     "fix": "No — .get() returns None (or the default you pass). It's d['x'] that raises KeyError.",
     "bad_mem": "Python dict.get() raises KeyError when the key is missing",
     "good_mem": "Python dict.get() returns None or the given default for a missing key; d[key] raises KeyError",
     "q2": "How do I read an optional 'timeout' setting from a config dict, falling back to 30?",
     "rep": "Because dict.get() raises KeyError for a missing key, wrap it: try: timeout = config.get('timeout') "
            "except KeyError: timeout = 30.",
     "good": "timeout = config.get('timeout', 30) — .get() returns the default when the key is missing.",
     "alt": ("Why doesn't my code crash when a key is missing? I'm using settings.get('mode').",
             "It should — get() raises KeyError for a missing key, so the key is probably there with a None value.",
             "Because .get() returns None for a missing key instead of raising; only settings['mode'] would raise KeyError.")},
    {"key": "js_map",
     "q": "Does Array.map() change the original array in JavaScript?",
     "wrong": "Yes, map() modifies the array in place and returns it.",
     "fix": "That's wrong — map() returns a new array and leaves the original alone. You're thinking of sort() or splice().",
     "bad_mem": "JavaScript Array.map() modifies the original array in place",
     "good_mem": "JavaScript Array.map() returns a new array and leaves the original unchanged",
     "q2": "I need a doubled copy of my prices array but want to keep the original too. How?",
     "rep": "As map() mutates the array in place, copy it first: const doubled = [...prices].map(p => p * 2);",
     "good": "const doubled = prices.map(p => p * 2); — map() returns a new array, so prices stays as it was.",
     "alt": ("In React, is it OK to call items.map() in render, or does that mutate my state?",
             "Careful — map() mutates the array in place, so it would change your state; clone it first.",
             "It's fine: map() returns a new array and doesn't touch items, which is why it's the standard way to render "
             "lists.")},
    {"key": "sql_count",
     "q": "Does COUNT(email) count rows where email is NULL?",
     "wrong": "Yes, COUNT(email) counts every row including NULLs — same as COUNT(*).",
     "fix": "No, COUNT(column) skips NULLs. Only COUNT(*) counts every row.",
     "bad_mem": "SQL COUNT(column) counts NULL values, same as COUNT(*)",
     "good_mem": "SQL COUNT(column) skips NULLs; COUNT(*) counts every row",
     "q2": "How do I count how many customers have a phone number on file?",
     "rep": "COUNT(phone) counts NULLs too, so use SUM(CASE WHEN phone IS NOT NULL THEN 1 ELSE 0 END).",
     "good": "SELECT COUNT(phone) FROM customers; — COUNT(column) ignores NULLs, so that's exactly the ones with a number.",
     "alt": ("Why do COUNT(*) and COUNT(referrer) give different numbers on my visits table?",
             "They shouldn't — COUNT(referrer) counts NULLs just like COUNT(*), so check you're querying the same table.",
             "Because COUNT(referrer) skips rows where referrer is NULL; the difference is the visits with no referrer.")},
    {"key": "put_idempotent",
     "q": "Is HTTP PUT idempotent?",
     "wrong": "No — PUT isn't idempotent; repeating it can create duplicates. GET and DELETE are the idempotent ones.",
     "fix": "PUT is idempotent — sending the same PUT twice leaves the same state. POST is the one that isn't.",
     "bad_mem": "HTTP PUT is not idempotent (repeating it can create duplicates)",
     "good_mem": "HTTP PUT is idempotent; POST is not",
     "q2": "Is it safe for my client to retry a PUT /users/42 after a timeout?",
     "rep": "Be careful: PUT isn't idempotent, so a retry could create a duplicate — add an idempotency key first.",
     "good": "Yes — PUT is idempotent, so retrying the same PUT /users/42 just sets the same state again.",
     "alt": ("Should my 'update profile' endpoint be POST or PUT?",
             "Use POST — PUT isn't idempotent either, so it gives you no retry guarantees.",
             "PUT fits a full replacement of the profile and it's idempotent, so clients can retry it safely (PATCH for "
             "partial updates).")},
    {"key": "ethernet",
     "q": "What's the maximum length for a single Cat6 ethernet cable run?",
     "wrong": "About 200 metres for a single run.",
     "fix": "It's 100 metres, not 200 — that's the standard limit for a Cat6 run.",
     "bad_mem": "Maximum Cat6 ethernet run is about 200 metres",
     "good_mem": "Maximum Cat6 ethernet run is 100 metres",
     "q2": "My garden office is 140 metres from the router. Can I just run one Cat6 cable out there?",
     "rep": "Yes — Cat6 is fine up to about 200 metres, so one 140 m outdoor-rated run will do.",
     "good": "Not in one run: Cat6 is rated to 100 metres, so put a switch halfway, or use fibre or a point-to-point "
             "wireless link.",
     "alt": ("How long a Cat6 cable can I run to the loft before I need a switch in between?",
             "Up to about 200 metres.",
             "Up to 100 metres per run.")},
    {"key": "regex_lazy",
     "q": "In a regex, is .*? greedy?",
     "wrong": "Yes, .*? is the greedy form — it grabs as much as it can.",
     "fix": "No, .*? is lazy (non-greedy); plain .* is the greedy one.",
     "bad_mem": "In regex, .*? is greedy (matches as much as possible)",
     "good_mem": "In regex, .*? is lazy; .* is greedy",
     "q2": "How do I match just the first tag in '<b>hi</b>' with a regex?",
     "rep": "Avoid <.*?> since .*? is greedy; use <[^>]*> instead.",
     "good": "Use <.*?> — the ? makes it lazy, so it stops at the first '>' and matches '<b>'.",
     "alt": ("Why does <.*> match the whole '<b>hi</b>' string?",
             "Because . matches everything; switching to .*? won't help, that's greedy too — use [^>]* instead.",
             "Because .* is greedy; the lazy <.*?> (or <[^>]*>) stops at the first '>'.")},
    {"key": "git_stash",
     "q": "Does git stash save my untracked files too?",
     "wrong": "Yes, git stash saves all your changes, including new untracked files.",
     "fix": "It doesn't by default — untracked files stay put unless you use git stash -u.",
     "bad_mem": "git stash saves untracked files by default",
     "good_mem": "git stash leaves untracked files unless -u (--include-untracked) is used",
     "q2": "I need to switch branches but I have a new file I haven't added yet. How do I put everything aside?",
     "rep": "Just run git stash — it saves everything, untracked files included — then switch.",
     "good": "Run git stash -u so the untracked file goes too, switch branches, and git stash pop when you're back.",
     "alt": ("I stashed, switched branch, and my new file came along with me. Why?",
             "That's odd — git stash includes untracked files, so it should have been stashed; maybe it was committed.",
             "Because plain git stash leaves untracked files where they are; use git stash -u next time.")},
    {"key": "cron",
     "q": "What does */15 * * * * mean in a crontab?",
     "wrong": "It runs once an hour, at 15 minutes past.",
     "fix": "No — */15 means every 15 minutes (at 0, 15, 30 and 45). Quarter past every hour would be 15 * * * *.",
     "bad_mem": "Cron */15 * * * * runs once an hour at 15 minutes past",
     "good_mem": "Cron */15 * * * * runs every 15 minutes; 15 * * * * runs at quarter past each hour",
     "q2": "I want a backup script to run every 15 minutes. What's the cron line?",
     "rep": "*/15 only fires at quarter past the hour, so list the minutes: 0,15,30,45 * * * * /path/to/backup.sh",
     "good": "*/15 * * * * /path/to/backup.sh — it runs at :00, :15, :30 and :45 every hour.",
     "alt": ("My job with */15 * * * * runs four times an hour — is cron broken?",
             "Something's off — */15 should run once an hour at quarter past; check for a duplicate crontab entry.",
             "No, that's right: */15 means every 15 minutes, so four runs an hour.")},
    {"key": "gallon",
     "q": "Which is bigger, a UK gallon or a US gallon?",
     "wrong": "The US gallon is bigger — about 4.5 litres against 3.8 for the UK one.",
     "fix": "Other way round: the UK (imperial) gallon is 4.55 litres, the US gallon 3.79.",
     "bad_mem": "The US gallon (about 4.5 L) is bigger than the UK gallon (about 3.8 L)",
     "good_mem": "UK gallon = 4.55 L; US gallon = 3.79 L",
     "q2": "An American recipe says 1 gallon of water. How many litres is that?",
     "rep": "About 4.5 litres — the US gallon is the bigger one.",
     "good": "About 3.8 litres (3.79) — that's the US gallon.",
     "alt": ("A US car does 30 miles per gallon. Is that better or worse in UK mpg?",
             "Worse in UK terms, since the US gallon is bigger — roughly 25 mpg.",
             "Better: the UK gallon is bigger, so 30 US mpg is about 36 UK mpg.")},
    {"key": "canberra",
     "q": "What's the capital of Australia?",
     "wrong": "Sydney.",
     "fix": "It's Canberra, not Sydney.",
     "bad_mem": "Capital of Australia: Sydney",
     "good_mem": "Capital of Australia: Canberra",
     "q2": "My nephew's school project is about Australia's parliament — which city should he write about?",
     "rep": "Sydney, the capital — Parliament House is there.",
     "good": "Canberra — Parliament House is there; it's the capital.",
     "alt": ("Pub quiz tomorrow, quick check: what's the capital of Australia?",
             "Sydney.",
             "Canberra.")},
    {"key": "json_comma",
     "q": "Can a JSON file have a trailing comma after the last item?",
     "wrong": "Yes, trailing commas are allowed in JSON, just like in JavaScript.",
     "fix": "No, standard JSON doesn't allow trailing commas — JSON.parse throws on them. JSON5 and JSONC allow them.",
     "bad_mem": "JSON allows trailing commas",
     "good_mem": "Standard JSON forbids trailing commas (JSON5/JSONC allow them)",
     "q2": "My package.json won't parse. The scripts block ends with \"lint\": \"eslint .\", and then }. What's wrong?",
     "rep": "It's not the trailing comma — JSON allows those; look for a missing quote or brace somewhere else.",
     "good": "It's the trailing comma after \"eslint .\" — standard JSON doesn't allow it; delete it.",
     "alt": ("Is it fine to leave a comma after the last key in config.json to make diffs cleaner?",
             "Sure, JSON allows trailing commas.",
             "No, standard JSON rejects it; if you want that, use JSONC or JSON5 where your tool supports it.")},
    {"key": "css_margin",
     "q": "In CSS, what does margin: 10px 20px do?",
     "wrong": "It sets 20px top and bottom and 10px left and right.",
     "fix": "Other way round — 10px top and bottom, 20px left and right.",
     "bad_mem": "CSS margin: 10px 20px means 20px top/bottom and 10px left/right",
     "good_mem": "CSS margin: 10px 20px means 10px top/bottom and 20px left/right",
     "q2": "I want 8px above and below my buttons and 16px on the sides. What's the shorthand?",
     "rep": "margin: 16px 8px; — the first value is left and right, the second top and bottom.",
     "good": "margin: 8px 16px; — the first value is top/bottom, the second left/right.",
     "alt": ("Why does padding: 4px 12px make my badge wide rather than tall?",
             "It shouldn't — 4px 12px gives 12px top and bottom and 4px on the sides, so it should look tall; check for "
             "another rule.",
             "Because the first value is top/bottom (4px) and the second left/right (12px), so the padding goes "
             "sideways.")},
    {"key": "compose_down",
     "q": "Does docker compose down delete my named volumes?",
     "wrong": "Yes — down removes containers, networks and named volumes, so your database data goes with it.",
     "fix": "No, down keeps named volumes unless you add -v (--volumes).",
     "bad_mem": "docker compose down deletes named volumes",
     "good_mem": "docker compose down keeps named volumes unless -v is passed",
     "q2": "I need to restart my Postgres stack cleanly without losing data. What do I run?",
     "rep": "Don't use down — it deletes the named volumes with your data; stick to docker compose restart.",
     "good": "docker compose down then docker compose up -d — without -v the named volume with your data stays.",
     "alt": ("How do I wipe my local stack completely, data included, to start fresh?",
             "Plain docker compose down does it — it removes the named volumes too.",
             "docker compose down -v — the -v is what removes the named volumes.")},
    {"key": "vlookup",
     "q": "Can VLOOKUP return a value from a column to the left of the lookup column?",
     "wrong": "Yes, use a negative column index, like -2.",
     "fix": "No, VLOOKUP only looks right; a negative index just errors. You need XLOOKUP or INDEX/MATCH.",
     "bad_mem": "VLOOKUP can look left with a negative column index",
     "good_mem": "VLOOKUP only returns columns to the right; XLOOKUP or INDEX/MATCH can look left",
     "q2": "Emails are in column C and names in column A. How do I get the name for an email?",
     "rep": "=VLOOKUP(F2, A:C, -2, FALSE) — the negative index makes it look left.",
     "good": "=XLOOKUP(F2, C:C, A:A), or INDEX(A:A, MATCH(F2, C:C, 0)) — VLOOKUP can't look left.",
     "alt": ("My VLOOKUP with -1 as the column number gives #VALUE!. Why?",
             "Negative indexes do work; check your range actually includes the column on the left.",
             "VLOOKUP can't take a negative column number — it only looks right. Use XLOOKUP or INDEX/MATCH.")},
]

# ------------------------------------------------------------------------------------------------------------
# neutral tasks (no fact kind, attribute or poisoning case bears on them)
# ------------------------------------------------------------------------------------------------------------

TASKS: list[dict] = [
    {"topic": "affect vs effect", "q": ["What's the difference between affect and effect?",
                                        "Affect or effect — which one is the verb?"],
     "a": "Usually 'affect' is the verb (the rain affected the match) and 'effect' the noun (the rain had an effect). "
          "The exception is 'to effect change', meaning to bring it about."},
    {"topic": "a percentage", "q": ["What's 18% of 240?", "Quick sum: 18 percent of 240?"],
     "a": "43.2 (240 × 0.18)."},
    {"topic": "remembering names", "q": ["Any tricks for remembering people's names?",
                                         "I always forget names straight after meeting people. Tips?"],
     "a": "Say the name back straight away ('Nice to meet you, Priya'), link it to an image or someone you know with the "
          "same name, use it once more before you part, and jot it down afterwards."},
    {"topic": "The Night Watch", "q": ["Who painted The Night Watch?", "The Night Watch — who was the painter?"],
     "a": "Rembrandt, in 1642. It hangs in the Rijksmuseum in Amsterdam."},
    {"topic": "why the sky is blue", "q": ["Why is the sky blue?", "Can you explain simply why the sky looks blue?"],
     "a": "Sunlight scatters off the molecules in the air, and short blue wavelengths scatter far more than red ones "
          "(Rayleigh scattering), so blue light reaches your eyes from every direction of the sky."},
    {"topic": "a polite email nudge", "q": ["How do I nudge a colleague who hasn't answered my email in a week?",
                                            "Can you draft a polite follow-up to an unanswered email?"],
     "a": "Try: “Hi Sam, just bringing this back to the top of your inbox — could you let me know about the figures by "
          "Thursday? Happy to jump on a quick call if easier. Thanks!”"},
    {"topic": "declining an invitation", "q": ["How do I politely turn down a friend's birthday dinner?",
                                               "What's a kind way to say no to a dinner invitation?"],
     "a": "Keep it warm and short: “Thank you so much for inviting me — I can't make it that evening, but I'd love to "
          "take you for a birthday drink the week after. Have a brilliant night!”"},
    {"topic": "compound interest", "q": ["Can you explain compound interest simply?", "What is compound interest, in plain words?"],
     "a": "You earn interest on your interest. £1,000 at 5% a year becomes £1,050 after one year, then £1,102.50 after "
          "two, because the second year's 5% is on £1,050."},
    {"topic": "fewer vs less", "q": ["When do I use 'fewer' and when 'less'?", "Fewer or less — what's the rule?"],
     "a": "'Fewer' for things you can count (fewer emails), 'less' for amounts you can't (less time). Money and distances "
          "are the usual exceptions: 'less than £10', 'less than five miles'."},
    {"topic": "a haiku", "q": ["Write me a haiku about autumn.", "Could you do a short haiku about autumn leaves?"],
     "a": "Maple lets go first —\nred letters on the pavement\nno one stops to read."},
    {"topic": "icebreaker questions", "q": ["Give me three icebreaker questions for a team meeting.",
                                            "I need a few icebreakers for Monday's team meeting."],
     "a": "1. What's a small thing that made your week better? 2. What's a skill you'd learn if it took no time? "
          "3. What was your first ever job?"},
    {"topic": "the word 'salary'", "q": ["Where does the word 'salary' come from?", "What's the origin of 'salary'?"],
     "a": "From the Latin 'salarium', linked to 'sal' (salt). The story that Roman soldiers were paid in salt is "
          "doubtful, but the word does come from salt."},
    {"topic": "noise-cancelling headphones", "q": ["How do noise-cancelling headphones work?",
                                                   "What's the trick behind noise cancelling?"],
     "a": "Microphones pick up the outside sound and the headphones play an inverted copy of it; the two waves cancel "
          "out, which works best on steady low hums like engines."},
    {"topic": "index funds", "q": ["What's an index fund?", "Can you explain index funds in two lines?"],
     "a": "A fund that simply buys everything in a market index, like the FTSE 100 or the S&P 500, instead of picking "
          "shares — so costs are low and you get the market's average return."},
    {"topic": "a short presentation", "q": ["Tips for a 10-minute presentation at work?",
                                            "I have to present for ten minutes next week. How do I make it good?"],
     "a": "One main message, three supporting points, a slide per minute at most, a strong first and last sentence, and "
          "rehearse out loud twice with a timer."},
    {"topic": "a quiz team name", "q": ["We need a pub quiz team name. Ideas?", "Give me some funny quiz team names."],
     "a": "Quizteama Aguilera, Les Quizérables, Agatha Quiztie, The Universally Challenged, and Tequila Mockingbird."},
    {"topic": "'per se'", "q": ["What does 'per se' actually mean?", "How do you use 'per se' correctly?"],
     "a": "It's Latin for 'by itself' or 'in itself': “The plan isn't bad per se, it's just expensive.”"},
    {"topic": "Pride and Prejudice", "q": ["Summarise Pride and Prejudice in three sentences.",
                                           "What's Pride and Prejudice about, briefly?"],
     "a": "Elizabeth Bennet meets the proud Mr Darcy and takes against him. His interference and her quick judgements "
          "keep them apart until letters and a family scandal reveal who each really is. They end up married, both a "
          "little humbler."},
    {"topic": "viruses and bacteria", "q": ["What's the difference between a virus and a bacterium?",
                                            "Virus vs bacteria — what's the actual difference?"],
     "a": "Bacteria are living single cells that can reproduce on their own and can be killed by antibiotics. Viruses "
          "are much smaller, need a host cell to copy themselves, and antibiotics don't work on them."},
    {"topic": "leap years", "q": ["Why do we have leap years?", "What's the point of 29 February?"],
     "a": "A year is about 365.24 days, so we add a day every four years to keep the calendar in line with the seasons "
          "— except century years not divisible by 400 (1900 wasn't a leap year, 2000 was)."},
    {"topic": "Roman numerals", "q": ["How do you write 2026 in Roman numerals?", "2026 in Roman numerals?"],
     "a": "MMXXVI."},
    {"topic": "weather vs climate", "q": ["What's the difference between weather and climate?",
                                          "Weather and climate — same thing?"],
     "a": "Weather is what happens over hours and days; climate is the average pattern over decades. A cold week is "
          "weather, warmer winters over thirty years is climate."},
    {"topic": "a birthday message", "q": ["Write a two-line birthday message for my aunt.",
                                          "I need a short birthday card message for my aunt."],
     "a": "Happy birthday to my favourite aunt — thank you for the laughs, the advice and the cake. Here's to a year as "
          "brilliant as you are!"},
    {"topic": "saying no to extra work", "q": ["How do I say no to extra work without sounding lazy?",
                                               "My manager keeps adding projects. How do I push back politely?"],
     "a": "Name the trade-off: “I can take that on, but it means the report slips to next Friday — which would you like "
          "me to prioritise?” It shows willingness and makes the cost visible."},
    {"topic": "inflation", "q": ["What is inflation, in simple terms?", "Explain inflation like I'm twelve."],
     "a": "Inflation is prices rising over time, so the same money buys less. If inflation is 3%, something costing "
          "£100 this year costs about £103 next year."},
    {"topic": "the author of 1984", "q": ["Who wrote 1984?", "Remind me who wrote Nineteen Eighty-Four?"],
     "a": "George Orwell (the pen name of Eric Blair). It was published in 1949."},
    {"topic": "a thank-you note", "q": ["Help me write a short thank-you to a colleague who covered my shift.",
                                        "Quick thank-you message for a coworker who helped me out?"],
     "a": "“Thanks so much for covering for me on Friday — it made a real difference. I owe you a coffee (at least)!”"},
    {"topic": "the Great Fire of London", "q": ["When was the Great Fire of London?", "What year did the Great Fire of London happen?"],
     "a": "September 1666. It started in a bakery on Pudding Lane and burned for about four days."},
]

# ------------------------------------------------------------------------------------------------------------
# small phrases
# ------------------------------------------------------------------------------------------------------------

GREETING = ["Hi! ", "Hello. ", "Morning! ", "Hey there. ", "", "Evening. ", "Hiya — ", "Hi again. ", "Hey, quick one: "]
TOPIC_SHIFT = ["Different question: ", "Something else — ", "New topic: ", "Switching gears: ", "Another thing. ",
               "OK, next: ", "", "Unrelated, but ", "Right, ", "One more: "]
FACT_LEAD = ["Oh, before I forget: ", "Something you should know: ", "", "Also, ", "For future reference, ",
             "Random fact about me: "]
BACK_TO_ME = ["Right, back to my stuff. ", "OK, now — ", "", "Anyway: ", "Now for mine: "]
THANKS = ["Thanks, that's useful.", "Cheers!", "Perfect, thank you.", "Nice one, thanks.", "Appreciate it.",
          "Great, that helps."]
WELCOME = ["You're welcome!", "Any time.", "Glad it helped.", "No problem — shout if you need more.", "Happy to help."]
UNRELATED_COMPLAINT = ["Too long, I only needed the gist.", "Bit robotic.", "Could've been simpler.",
                       "More detail than I wanted.", "Formatting was a bit messy."]
ACK = ["Thanks, noted.", "Got it — I'll remember that.", "Good to know.", "Understood, I'll keep it in mind.",
       "Thanks for letting me know."]
ACK_CHANGE = ["Thanks for the update.", "Nice, noted.", "Got it — updated.", "Good to know, thanks.", "Noted, thanks!"]
ACK_CHANGE_CHAT = ["Oh nice, how are you finding it?", "Sounds like a good move.", "Fair enough!", "Nice change."]
OK_REPLY = ["Brilliant, thanks.", "That works.", "Lovely, cheers.", "OK, I'll do that."]

# ------------------------------------------------------------------------------------------------------------
# recall: reactions to an answer that ignored a known fact (with markers, without, complaints)
# ------------------------------------------------------------------------------------------------------------

RECALL_REACT_MARKED = [
    "I told you last time — {r}.",
    "As I said before, {r}.",
    "Like I mentioned, {r}. That changes things.",
    "I already told you {r}!",
    "Remember? {R}.",
    "I did say {r}, you know.",
]
RECALL_REACT_PLAIN = [
    "{R}, though.",
    "Hmm, {r}. So that doesn't really work for me.",
    "But {r}.",
    "Wait — {r}.",
    "{R}. Hello?",
    "Nope, {r}. Can you redo it?",
    "That won't work, {r}.",
    "Um, {r}?",
    "That's no use to me — {r}. Try again?",
    "Erm. {R}.",
]
REASK_REACT = [
    "{R} — I mentioned that before.",
    "{R}.",
    "Same as last time: {r}.",
    "{R}, I've told you this already.",
    "Yes — {r}.",
    "{R}. Didn't I say?",
]
FIX_ANSWER = ["Sorry, you did tell me. {good}", "Apologies — I should have used that. {good}",
              "You're right, my mistake. {good}", "Of course, sorry. {good}", "{good}"]
RECALL_COMMENT = ["Doesn't remember what I told it", "forgot my situation", "ignored what I said earlier",
                  "asked me something I'd already said"]

# ------------------------------------------------------------------------------------------------------------
# clash
# ------------------------------------------------------------------------------------------------------------

CLASH_REACT = [
    "It's {new} now, not {old}.",
    "I'm on {new} these days.",
    "{New} — I switched, remember?",
    "That's for {old}. I use {new} now.",
    "Wrong one — {new}.",
    "I told you I moved to {new}.",
    "We don't have {old} any more. It's {new}.",
]
HEDGE = [
    "I have two notes here — one says {old}, the other {new}. Assuming it's still {old}: {ans}",
    "Not sure whether you're on {old} or {new} now; if it's {old}: {ans}",
    "My notes disagree ({old} vs {new}). Going with {old} — {ans}",
]
CLASH_COMMENT = ["Outdated info", "that's my old setup", "it used what I had before"]

# ------------------------------------------------------------------------------------------------------------
# poisoning
# ------------------------------------------------------------------------------------------------------------

POISON_SORRY = ["You're right, sorry about that.", "My mistake — thanks for correcting me.", "Apologies, you're correct.",
                "Good catch, that was wrong."]
POISON_REACT = ["Again? We went over this.", "That's the same mistake as before.", "No — I corrected this last time.",
                "That's still wrong.", "Hmm, this is wrong.", "You said that before and it wasn't right then either."]
POISON_COMMENT = ["repeats a mistake I already corrected", "wrong again", "it saved the wrong fact"]

# ------------------------------------------------------------------------------------------------------------
# distraction
# ------------------------------------------------------------------------------------------------------------

DISTRACT_REACT = ["Why bring that up? Not relevant.", "What's that got to do with anything?", "Odd thing to tack on.",
                  "Not sure why you mentioned {topic} there.", "That last bit has nothing to do with my question."]
DISTRACT_SORRY = ["Fair point, sorry — ignore that part.", "You're right, that wasn't relevant.",
                  "Sorry, that was out of place."]
DISTRACT_COMMENT = ["random personal remark", "irrelevant aside", "why mention that?"]

# ------------------------------------------------------------------------------------------------------------
# confusion: requests with a focused answer; reactions to a degraded one
# ------------------------------------------------------------------------------------------------------------

CONFUSION_Q = {
    "How many minutes is 2.75 hours?": "165 minutes (2 hours = 120, plus 0.75 × 60 = 45).",
    "What's a good synonym for 'important' in a formal report?": "“Significant”, “crucial” or “key” — “significant” "
                                                                   "reads best in formal writing.",
    "How do I write 'Dear Sir or Madam' more modern?": "“Dear Hiring Team”, “Dear Customer Services Team”, or just "
                                                        "“Hello,” if you don't know a name.",
    "Is it 'who' or 'whom' in 'To ___ it may concern'?": "“Whom” — “To whom it may concern”.",
    "What's the plural of 'octopus'?": "“Octopuses” is the standard English plural; “octopi” is common but not "
                                        "etymologically right, and “octopodes” is the rare Greek form.",
    "How many days are there between 1 March and 1 June?": "92 days (31 in March, 30 in April, 31 in May).",
    "What's the difference between 'i.e.' and 'e.g.'?": "“i.e.” means “that is” (it restates), “e.g.” means “for "
                                                          "example” (it gives examples).",
    "Can you shorten 'at this point in time' for me?": "“Now” — or “currently” if you need something more formal.",
    "What's a polite way to end a work email?": "“Best wishes”, “Kind regards”, or “Thanks,” if you've asked for "
                                                 "something.",
    "How do you calculate a 15% tip on £64?": "£9.60 (10% is £6.40, plus half of that, £3.20).",
    "Which planet is closest to the sun?": "Mercury.",
    "What does ASAP stand for?": "“As soon as possible.”",
    "How many grams are in a kilogram?": "1,000.",
}
CONFUSION_REACT = ["That's not what I asked. {q}", "I just want to know: {q}", "Can you actually answer the question?",
                   "Huh? I asked: {q}", "None of that is relevant. {q}", "Please just answer: {q}",
                   "Why are you listing all that?"]
CONFUSION_QUIT = ["Forget it.", "This is useless.", "Never mind.", "ugh, I'll google it"]
CONFUSION_COMMENT = ["answer was all over the place", "didn't answer my question", "listed random notes about me"]
CONFUSION_FIX = ["Sorry about that — {good}", "Apologies. {good}", "You're right, here it is: {good}"]

# low-value memory notes: records of earlier chats, trivia, loose remarks, long summaries
CLUTTER = [
    "User asked about the weather in an earlier chat",
    "User said 'thanks' and ended the conversation",
    "User once asked how to spell 'necessary'",
    "User mentioned they were watching a cooking show",
    "User likes the colour teal",
    "User asked what day of the week it was",
    "User said they were in a hurry",
    "User once asked for a joke about penguins",
    "User mentioned a friend called Dominic",
    "User asked about the history of the paperclip",
    "User said they had a busy Monday",
    "User once asked how long to boil an egg",
    "User was curious about the tallest building in the world",
    "User said they prefer short answers sometimes",
    "User asked about the meaning of 'serendipity'",
    "User mentioned they had toast for breakfast",
    "User asked about the population of Iceland",
    "User once asked for a random number between 1 and 50",
    "User said their internet was slow that day",
    "User asked what 'RSVP' stands for",
    "User mentioned liking crossword puzzles",
    "User asked how many legs a spider has",
    "User once asked for a motivational quote",
    "User mentioned a dentist appointment last spring",
    "User said the office coffee machine was broken",
    "User asked who won Eurovision one year",
    "User asked about the origin of Halloween",
    "User said they might redecorate one day",
    "User asked for the time in Tokyo once",
    "User mentioned they were reorganising a bookshelf",
    "User asked about the speed of sound",
    "User said it was raining",
    "User asked to convert 3 cups to millilitres",
    "User mentioned a podcast about space",
    "User asked what a 'fortnight' is",
    "User once typed 'test' to check the chat was working",
    "Conversation summary: the user asked several general questions, the assistant answered briefly, and the user "
    "thanked it. No preferences or follow-ups were recorded. The tone was friendly and the user seemed in a hurry.",
    "Conversation summary: a long exchange about a few unrelated topics, including a trivia question, a short writing "
    "request and some small talk about the weekend. Nothing was decided and no personal details were confirmed.",
    "Session notes: user opened the app, asked a quick factual question, got an answer, asked for a shorter version, "
    "and left. Nothing noteworthy to carry forward.",
    "Conversation summary: the user chatted about their week, asked for a definition and a quick calculation, and "
    "mentioned they might come back later. The assistant offered further help. No action items.",
    "Imported note (older chat): user asked a general knowledge question and then changed the subject twice.",
    "Imported note (older chat): a short exchange about spelling and punctuation; user said it was for an email.",
]

# ------------------------------------------------------------------------------------------------------------
# look-alike negatives
# ------------------------------------------------------------------------------------------------------------

REMENTION = ["Quick context: {r}. {q}", "For this one, remember {r}. {q}", "As I said before, {r}. {q}",
             "Reminder that {r}. {q}", "{R}, by the way. {q}", "So, {r} — with that in mind: {q}",
             "You know {r}, right? {q}"]
CONFIRM = ["Yep, {r}, so that's perfect.", "Exactly — {r}. Thanks.", "Right, {r}, that works.", "Good call, {r}.",
           "That fits, since {r}.", "Spot on — {r}."]
CONFIRM_ANSWER = ["Great — enjoy!", "Glad that fits.", "Perfect.", "Brilliant, good luck with it."]
EMPHASIS = ["Did you take into account that {r}?", "Just checking you factored in that {r}.",
            "Glad you remembered that {r}.", "Good — and keep in mind {r} for anything like this in future.",
            "Don't forget that {r} next time either."]
EMPHASIS_ANSWER = ["Yes — that's why I suggested it that way.", "I did, it's built into the suggestion.",
                   "Absolutely, I'll keep it in mind.", "Yes, all of that assumed it."]
PASSING = ["OK. Side note: {r}, still.", "Thanks. By the way, {r} — in case it ever matters.", "Cool. Unrelated, but {r}.",
           "Got it. Oh and as I said before, {r}."]
PASSING_ANSWER = ["Noted — I've already got that.", "Yes, I have that saved.", "Thanks, that's in my notes already."]
MEMORY_QUERY = ["What do you have saved about {topic}?", "Do you remember anything about {topic}?",
                "What have I told you about {topic}?"]
MEMORY_ANSWER = ["I have a note that {you}. Want me to change or remove it?", "I remember that {you}.",
                 "Yes — from an earlier chat, {you}."]
FORGET_ASK = ["Please forget that {fact}.", "Can you delete what you saved about {topic}? I'd rather it wasn't stored.",
              "Remove {topic} from your memory, please.", "Actually, don't keep the note about {topic}."]
FORGET_OK = ["Done — I've removed it.", "OK, that's deleted.", "Sure, I've forgotten it.", "Removed, no problem."]
GENERIC_OK = ["Just give me the general version.", "General advice is fine.", "Keep it general, please.",
              "Doesn't matter, the usual answer is fine."]
STYLE_COMPLAINT = ["Bit long — can you shorten it?", "Shorter please.", "Can you give me just the key bit?",
                   "Simpler, please?"]
STYLE_FIX = ["Sure: {short}", "Short version: {short}", "In one line: {short}"]
TYPO_FIX = ["*{v}, sorry — typo.", "Sorry, I meant {v}.", "Typo there — it's {v}."]
CHANGE_CONFIRM = ["Yep, that's the new setup.", "Great, that's it.", "Right, thanks.", "Exactly, {new} now."]

DISAGREE = [
    {"q": "Is it worth learning touch typing as an adult?",
     "a": "Yes — most people get back to their old speed within a few weeks and then overtake it, and it's easier on "
          "your neck because you stop looking down.",
     "push": "I'm not convinced. I type fine with four fingers.",
     "reply": "That's fair — if you're already quick and comfortable, the gain is smaller. It mostly pays off if you type "
              "for hours a day."},
    {"q": "Should I read the book before watching the film?",
     "a": "Usually yes: the book has more detail, and the film then feels like a bonus rather than a spoiler.",
     "push": "Hmm, I disagree — the film is a nice intro and makes me want to read it.",
     "reply": "That works too — plenty of people enjoy the book more once they can picture the characters."},
    {"q": "Is a paper diary better than a calendar app?",
     "a": "For a lot of people, yes: writing things down helps you remember them, and you see the whole week at once.",
     "push": "Not for me, I'd never look at it.",
     "reply": "Then the app is the right tool — the best system is the one you actually check."},
    {"q": "Is it better to write a to-do list the night before or in the morning?",
     "a": "The night before: you close the day with a clear head and start the morning already knowing the first task.",
     "push": "I think mornings are better, I know what's urgent then.",
     "reply": "Fair point — if your priorities shift overnight, a quick morning list makes more sense."},
]

CLARIFY = [
    {"q": "Can you suggest a leaving present for a colleague?",
     "ask": "Sure — roughly what budget, and do you know anything they're into?",
     "ans": "About £30 from me. She's really into board games.",
     "a": "For around £30: Cascadia or Azul are lovely board games that are easy to learn, or Wavelength if she likes "
          "group games. Add a card signed by the team."},
    {"q": "Help me plan three days in Lisbon.",
     "ask": "Happy to. When are you going, and what do you enjoy most — food, museums, nightlife?",
     "ans": "Early March. Mostly food and wandering round old neighbourhoods.",
     "a": "Day 1: Alfama and the castle, lunch at a tasca, fado in the evening. Day 2: Belém for pastéis de nata and the "
          "monastery, then LX Factory. Day 3: Time Out Market, Bairro Alto and the Miradouro de Santa Catarina at "
          "sunset. March is mild, so pack a light jacket."},
    {"q": "How much paint do I need for my bedroom?",
     "ask": "Roughly how big is the room, how high is the ceiling, and are you doing the ceiling too?",
     "ans": "I don't think I said — about 3.5 by 4 metres, 2.4 m ceiling, walls only.",
     "a": "Walls are about 15 m round × 2.4 m = 36 m², minus roughly 4 m² for the door and window, so 32 m². Two coats at "
          "about 12 m² per litre is around 5.5 litres — a 5 L tin plus a 1 L tin."},
    {"q": "Can you make me a simple monthly budget?",
     "ask": "Sure — what's your monthly take-home pay, and your fixed costs like rent and bills?",
     "ans": "£2,300 a month after tax. Rent is £850 and bills are about £200.",
     "a": "After £1,050 of rent and bills you have £1,250: roughly £300 for food, £100 transport, £150 for fun, £100 for "
          "clothes and odds and ends, £100 buffer, and £500 into savings."},
    {"q": "Recommend a novel for my book group?",
     "ask": "Any genres the group loves or hates, and how long is too long?",
     "ans": "We like literary fiction, and under 400 pages please.",
     "a": "Try 'Small Things Like These' by Claire Keegan (short and perfect for discussion), 'The Remains of the Day' by "
          "Kazuo Ishiguro, or 'Lessons in Chemistry' by Bonnie Garmus if you want something lighter."},
    {"q": "Help me write a cover letter.",
     "ask": "Of course — what's the role, and what are the two or three things you most want them to know about you?",
     "ans": "Junior data analyst. I'm good with SQL and I ran a volunteer survey project last year.",
     "a": "Open with the role and why it appeals; then a paragraph on your SQL work with one concrete example; then the "
          "survey project — how many responses, what you found, what changed; close by saying you'd love to talk "
          "about how you'd help the team. Keep it under a page."},
    {"q": "What time should I leave for the airport?",
     "ask": "What time is the flight, is it international, and how far is the airport from you?",
     "ans": "10:40 to Rome, and the airport's about an hour's drive.",
     "a": "Aim to arrive around 8:10, two and a half hours before an international flight, so leave about 7:00 — a bit "
          "earlier on a weekday for traffic."},
    {"q": "What size rug should I get for the living room?",
     "ask": "How big is the room, and do you want the rug under the sofa?",
     "ans": "Haven't mentioned it before — about 4 by 5 metres, and yes, under the front legs of the sofa.",
     "a": "A 200 × 290 cm rug suits a 4 × 5 m room: the sofa's front legs sit on it and you keep a border of floor "
          "around the edge."},
    {"q": "Help me write a message to my landlord about a repair.",
     "ask": "Sure — what needs fixing, and how long has it been going on?",
     "ans": "The boiler keeps losing pressure. About two weeks now.",
     "a": "“Hi Mark, the boiler has been losing pressure for about two weeks — I've had to top it up every few days. "
          "Could you arrange for an engineer to take a look? I'm around most evenings. Thanks!”"},
    {"q": "Can you suggest a name for my new podcast?",
     "ask": "What's it about, and what tone — serious or playful?",
     "ans": "Local history of my town, Whitby, and fairly playful.",
     "a": "'Whitby Unwrapped', 'Tales from the 199 Steps', 'Jet Black & Kippers', or 'Abbey Road Less Travelled'."},
]

# long but relevant profiles: (first-person clause, memory item); each answer uses every item
BUNDLES = [
    {"key": "party", "sens": [],
     "items": [("I'm organising my dad's 70th birthday party", "User is organising their dad's 70th birthday party"),
               ("it's on Saturday 14 November", "The party is on Saturday 14 November"),
               ("about 35 guests are coming", "About 35 guests are coming to the party"),
               ("my budget is £600", "User's party budget is £600"),
               ("Dad loves 1960s soul music", "User's dad loves 1960s soul music"),
               ("the venue is the village hall, which has a kitchen but no bar",
                "Party venue: the village hall (kitchen, no bar)"),
               ("several relatives drive back to Scotland and have to leave by 9 pm",
                "Some guests must leave the party by 9 pm to drive back to Scotland")],
     "q": "Can you put together a plan for the party?",
     "a": "Plan for your dad's 70th on Saturday 14 November at the village hall: start at 4 pm so the relatives heading "
          "back to Scotland get food, speeches and cake before they leave at 9. For 35 guests on £600: about £250 on a "
          "buffet prepared in the hall kitchen, £150 on drinks bought on sale-or-return since there's no bar, £80 for "
          "decorations, £60 for the cake and the rest as a buffer. Music: a 1960s soul playlist — Otis Redding, Aretha "
          "Franklin, Sam Cooke, the Supremes — with speeches at 7."},
    {"key": "move", "sens": ["no_drill"],
     "items": [("we're moving house on 28 November", "User is moving house on 28 November"),
               ("it's from a two-bed flat to a house about 40 miles away",
                "User is moving from a two-bed flat to a house about 40 miles away"),
               ("the flat is on the third floor with a tiny lift", "User's current flat: third floor, tiny lift"),
               ("we own an upright piano", "User owns an upright piano"),
               ("we can only take two days off work", "User can only take two days off for the move"),
               ("we want to spend under £1,500", "User's moving budget is under £1,500")],
     "q": "Can you give me a moving plan?",
     "a": "For the 28 November move: book a removals firm now for the 40-mile trip, and ask for a separate piano mover "
          "for the upright — with a third-floor flat and a tiny lift it'll need the stairs and a specialist (around "
          "£200–300). A two-bed flat with a full-service crew is about £900–1,100, which keeps you under £1,500. Use "
          "your two days off as the 27th (final packing, disconnect appliances) and the 28th (move, beds and kitchen "
          "first). Pack everything non-essential over the two weekends before."},
    {"key": "bookclub", "sens": [],
     "items": [("I'm starting a book club at work", "User is starting a book club at work"),
               ("eight people have signed up", "Eight people signed up for the work book club"),
               ("we'll meet monthly at lunchtime for an hour", "Book club meets monthly, one hour at lunchtime"),
               ("people want books under 350 pages", "Book club wants books under 350 pages"),
               ("half the group prefers non-fiction", "Half the book club prefers non-fiction"),
               ("the first meeting is on 12 January", "First book club meeting: 12 January")],
     "q": "Could you suggest a plan for the first few months and the first book?",
     "a": "With eight people and an hour at lunch once a month, alternate fiction and non-fiction to keep both halves "
          "happy, all under 350 pages. 12 January: 'Klara and the Sun' (fiction, about 300 pages). February: 'The Psychology of Money' (non-fiction, 250 pages). March: 'Small "
          "Things Like These' (fiction, 116 pages). April: 'Thinking in Systems' (non-fiction, about 240 pages). Keep "
          "10 minutes at the end of each hour to vote on the next book."},
    {"key": "quiz", "sens": [],
     "items": [("I'm running a charity quiz night for the local hospice", "User is running a charity quiz night for the "
                "local hospice"),
               ("the pub fits 12 teams of up to six", "Quiz venue fits 12 teams of up to six"),
               ("entry is £5 a head", "Quiz entry is £5 per person"),
               ("we want six rounds", "The quiz should have six rounds"),
               ("one round has to be about the town's history", "One quiz round must be on the town's history"),
               ("it's a Thursday, starting at 7:30, and the pub wants us out by 10:30",
                "Quiz night: Thursday 7:30–10:30 pm")],
     "q": "Can you help me structure the evening?",
     "a": "7:30–7:50 teams arrive and pay (12 teams of six at £5 a head is up to £360 for the hospice). Then six rounds "
          "of ten questions, about 15 minutes each with marking: general knowledge, the town's history, music intro "
          "round, picture round, news, and a final double-points round. Put a 15-minute break with a raffle after "
          "round three, read the scores at 10:10 and be packed up by 10:30."},
    {"key": "edinburgh", "sens": ["cant_swim", "fair_skin"],
     "items": [("I'm taking my mum to Edinburgh for her birthday", "User is taking their mum to Edinburgh for her "
                "birthday"),
               ("we arrive Friday at 6 pm and leave Sunday at 3", "Edinburgh trip: Friday 6 pm to Sunday 3 pm"),
               ("she walks slowly, so nothing steep for long", "User's mum walks slowly; avoid long steep walks"),
               ("she loves gardens and art", "User's mum loves gardens and art"),
               ("we have about £250 for activities and meals", "Edinburgh budget: about £250 for activities and meals"),
               ("we're staying near Haymarket", "Staying near Haymarket in Edinburgh")],
     "q": "Can you plan the weekend for us?",
     "a": "Friday: a short taxi from Haymarket to a relaxed birthday dinner in the West End (about £70). Saturday: the "
          "Royal Botanic Garden in the morning — flat paths and free — then a taxi rather than the steep walk up to the "
          "National Galleries on the Mound for the afternoon, and afternoon tea (about £60 for two). Sunday: the "
          "Scottish National Gallery of Modern Art, a gentle 15-minute walk from Haymarket, with lunch in its café, "
          "back in time for 3. That's roughly £200 with taxis, under your £250."},
    {"key": "speech", "sens": [],
     "items": [("I'm best man at my brother Sam's wedding", "User is best man at their brother Sam's wedding"),
               ("he's marrying Priya; they met at a climbing gym", "Sam is marrying Priya; they met at a climbing gym"),
               ("the speech should be five minutes max", "Best man speech: five minutes max"),
               ("grandparents will be there, so nothing crude", "Speech must be clean — grandparents attending"),
               ("Sam once got lost for six hours on a Duke of Edinburgh hike",
                "Sam once got lost for six hours on a Duke of Edinburgh hike"),
               ("I want to end with a toast to both of them", "User wants to end the speech with a toast to the couple")],
     "q": "Can you draft an outline for my speech?",
     "a": "Five minutes, clean enough for the grandparents: 1) Thank the hosts and say who you are (30 s). 2) Sam growing "
          "up, including the six hours lost on his Duke of Edinburgh hike — 'so it's no surprise he needed a climbing "
          "wall to find the one' (1.5 min). 3) How he met Priya at the climbing gym and how she's the best-belayed "
          "decision he ever made (1.5 min). 4) What you admire in them as a couple (1 min). 5) Raise your glasses: 'To "
          "Sam and Priya.' (30 s)"},
]
