"""Hand-written template bank for the synthetic conversation generators.

Used by tests/data/tagging/generate.py (labeled tagging corpus) and fixtures/generate_demo.py (demo data).
Every list of phrasings is split by `pool()` in generate.py: the dev split sees the first ~2/3 of a list, the
holdout split the last ~2/3, so holdout shares some but not all surface forms with dev. Items marked
split="holdout" / split="dev" are only used in that split.

Placeholders are str.format fields. Each value of a kind carries at least:
  val  - short value ("vegetarian", "Berlin")
  me   - first person ("I'm vegetarian")          -> also {me_cap}
  you  - second person ("you're vegetarian")      -> also {you_cap}
  mem  - memory item content ("User is vegetarian")
plus kind-specific fills used by that kind's templates.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------------------------
# Generic phrasings
# --------------------------------------------------------------------------------------------------------------

ACK = [
    "Got it — {you}. I'll keep that in mind.",
    "Thanks for telling me! Noted that {you}.",
    "Noted: {you}.",
    "Good to know — I'll remember that {you}.",
    "Okay, saved: {you}.",
    "Thanks, that's helpful context — {you}, noted.",
    "Understood. I'll factor in that {you} from now on.",
]

ACK_CHANGE = [
    "Thanks for the update — noted that {you_new} now.",
    "Got it, I've updated that: {you_new} now.",
    "Oh nice, thanks for letting me know. Updated: {you_new} now.",
    "Noted the change — {you_new} now.",
    "Makes sense. I'll go with the new info: {you_new} now.",
]

RESTATE_CROSS = [
    "As I told you before, {me}.",
    "I already told you — {me}.",
    "Like I said last time, {me}.",
    "Remember? {me_cap}.",
    "We've been over this: {me}.",
    "Again, {me}.",
    "You should know this by now — {me}.",
    "Did you forget? {me_cap}.",
    "I mentioned this already: {me}.",
    "For the third time, {me}.",
    "Hello? {me_cap}. I said that last week.",
    "Um, {me}, remember? We talked about it.",
    "I told you this in our last chat: {me}.",
]

RESTATE_WITHIN = [
    "I just told you — {me}.",
    "I said that two minutes ago: {me}.",
    "Scroll up — {me}.",
    "Didn't I just say {me}?",
    "Like I literally just said, {me}.",
    "Read my first message again: {me}.",
]

FRUSTRATION = [
    "This is useless.",
    "Seriously?",
    "Ugh.",
    "Why do I have to keep repeating myself?",
    "You never remember anything I tell you.",
    "Come on.",
    "This is getting frustrating.",
    "What's the point of memory if you forget everything?",
    "Not again.",
    "Wow. Okay.",
]

FIX_PREFIX = [
    "Sorry about that — you did tell me.",
    "You're right, my apologies.",
    "Apologies, I should have remembered that.",
    "Sorry! Let me fix that.",
    "My mistake — thanks for the reminder.",
    "You're right, sorry for making you repeat yourself.",
]

CLASH_HEDGE = [
    "Quick check before I answer: I have a note that {you_old}, and another that {you_new}. Which one is current?",
    "I've got conflicting notes here — {you_old}, but also {you_new}. Which should I go with?",
    "Hmm, my notes disagree: one says {you_old}, another says {you_new}. Can you confirm?",
    "Before I suggest anything — is it still true that {you_old}? I also have a note saying {you_new}.",
]

CLASH_HEDGE_SAME = [
    "Just to check — I have you down as: {you_old}. Is that still right?",
    "Before I answer, can you confirm {you_old}? That's what my notes say.",
]

CLASH_REACT = [
    "No — {me_new} now. I told you that.",
    "That's outdated, {me_new} now.",
    "Wait, I updated you on this: {me_new} now.",
    "Old info! {me_new_cap} now.",
    "Nope, that changed. {me_new_cap} now, remember?",
    "That's not current anymore — {me_new} now.",
]

CLASH_REACT_SAME = [
    "I literally just said {me_new} now.",
    "Did you read what I wrote? {me_new_cap} now.",
    "No, I just told you: {me_new} now.",
    "Like I said a moment ago, {me_new} now.",
]

DISTRACT_REACT = [
    "Why are you bringing up my {topic}? Not relevant.",
    "Okay, but what does my {topic} have to do with this?",
    "Weird thing to mention, but thanks I guess.",
    "Not sure why my {topic} came into it.",
    "Please keep my {topic} out of unrelated stuff.",
    "That last bit was random.",
]

DISTRACT_SORRY = [
    "Fair point — that wasn't relevant, sorry. The rest of the answer stands.",
    "You're right, that was off-topic. Ignore that part!",
    "Sorry, that didn't belong there.",
    "Apologies — I'll keep it focused.",
]

CONFUSION_REACT = [
    "That's not what I asked.",
    "What? I asked about {topic}.",
    "This is useless.",
    "You're all over the place. {q}",
    "None of that is relevant. Can you just answer: {q}",
    "Huh? Simple question: {q}",
    "I don't need all that, just the answer please.",
    "Why are you listing random stuff about me? I asked about {topic}.",
    "Okay that's a mess. Let me rephrase: {q}",
]

CONFUSION_FIX = [
    "Sorry, that was unfocused. To answer directly: {answer}",
    "Apologies — here's the short answer: {answer}",
    "You're right. Straight answer: {answer}",
]

POISON_FIX = [
    "You're right, I'm sorry — {right}",
    "Apologies, that was wrong. {right}",
    "Sorry about that! Correct version: {right}",
    "My mistake. {right}",
]

CORRECTION_PREFIX = ["No, that's wrong — ", "That's not right. ", "Wrong. ", "No no. ", "Hmm, no: ", "Nope. "]

POISON_REACT_GENERIC = [
    "I already corrected you on this!",
    "That's wrong, we went over this before.",
    "No! I told you last time that's not right.",
    "Why do you keep saying that? It's wrong.",
]

TOPIC_SHIFT = [
    "",
    "",
    "",
    "Different question: ",
    "Unrelated question: ",
    "Switching gears. ",
    "Oh, also: ",
    "Another thing: ",
    "Random question: ",
    "Okay, next thing. ",
    "While I have you: ",
]

GREETING = ["", "", "", "", "Hi! ", "Hey! ", "Morning! ", "hey again! ", "Hello! ", "Hi there. "]

THANKS = ["Thanks!", "Perfect, thank you.", "Great, thanks.", "That helps, cheers.", "Awesome 👍", "ok thanks",
          "Nice, thank you!", "Cool, that works."]

YOURE_WELCOME = ["You're welcome!", "Happy to help!", "Anytime — enjoy!", "Glad it helped.", "No problem!"]

NEG_FEEDBACK_UNRELATED = ["Too long, just wanted a quick answer.", "Bit generic.", "Meh, didn't love the tone.",
                          "Fine but slow.", "Could be shorter."]

AS_YOU_KNOW = [
    "As you know, {me}. ",
    "You know {me}, right? So: ",
    "Keeping in mind {me}: ",
    "Remember, {me}. ",
    "Given that {me} (you know this already): ",
]

FORGET_ACK = ["Done — I've removed that from memory.", "Okay, that's deleted.", "No problem, I've forgotten it.",
              "Removed. I won't bring it up again."]

FORGET_GENERIC = ["Just general suggestions please.", "Keep it general, that's fine.", "Generic is fine."]

BUNDLE_ACK = ["Got it, all saved — that's really helpful for planning.", "Perfect, I've noted all of that.",
              "Thanks! Saved all of those preferences."]

POS_COMMENTS = ["Exactly what I needed.", "Great, remembered my preferences!", "Spot on.", "Very helpful, thanks.",
                "Love that it remembered this."]


# --------------------------------------------------------------------------------------------------------------
# Fact kinds. group: a user never gets two kinds of the same group (so one fact can't silently make another
# scenario's answer wrong). changeable: can be used for clash / legitimate-change scenarios.
# --------------------------------------------------------------------------------------------------------------

KINDS: dict[str, dict] = {}


def _kind(name: str, **kw) -> None:
    kw.setdefault("split", "both")
    kw.setdefault("change", [])
    kw.setdefault("forget", None)
    KINDS[name] = dict(name=name, **kw)


_kind(
    "diet", group="food", topic="diet", domain="food",
    values=[
        dict(val="vegetarian", me="I'm vegetarian", you="you're vegetarian", mem="User is vegetarian",
             d_good="a mushroom and lentil ragù over creamy polenta", d_bad="a chicken and chorizo paella",
             l_good="a halloumi and roasted veg wrap", l_bad="a turkey club sandwich",
             p_good="spinach and feta filo triangles", p_bad="mini beef sliders"),
        dict(val="vegan", me="I'm vegan", you="you're vegan", mem="User is vegan (no meat, dairy or eggs)",
             d_good="a chickpea, spinach and coconut curry", d_bad="a four-cheese risotto",
             l_good="a smoked tofu and hummus wrap", l_bad="an egg mayo sandwich",
             p_good="stuffed mushrooms with walnut pesto", p_bad="a baked brie with honey"),
        dict(val="pescatarian", me="I'm pescatarian", you="you're pescatarian",
             mem="User is pescatarian (eats fish, no meat)",
             d_good="a lemon-garlic salmon tray bake with new potatoes", d_bad="beef tacos with pickled onions",
             l_good="a tuna niçoise salad", l_bad="a chicken Caesar wrap",
             p_good="smoked salmon blinis", p_bad="pigs in blankets"),
        dict(val="halal", me="I only eat halal food", you="you only eat halal food", mem="User eats halal food only",
             d_good="halal lamb kofta with herbed rice", d_bad="a pork belly ramen",
             l_good="a falafel and tabbouleh box", l_bad="a ham and cheese baguette",
             p_good="halal chicken shawarma skewers", p_bad="chorizo and manchego skewers"),
        dict(val="keto", me="I'm doing keto", you="you're doing keto", mem="User follows a keto (very low-carb) diet",
             d_good="pan-fried chicken thighs with garlic-butter green beans", d_bad="a big bowl of spaghetti carbonara",
             l_good="a cobb salad with avocado and egg", l_bad="a baked potato with beans",
             p_good="bacon-wrapped asparagus", p_bad="mini pizzas"),
        dict(val="flexitarian", me="I'm trying to eat meat only on weekends", you="you only eat meat on weekends",
             mem="User eats meat only on weekends (vegetarian Mon–Fri)",
             d_good="a black bean and sweet potato chilli (it's a weekday, so meat-free)", d_bad="a pork schnitzel",
             l_good="a lentil and feta salad", l_bad="a pulled pork roll",
             p_good="caprese skewers and veggie spring rolls", p_bad="chicken wings"),
    ],
    tell=["Just so you know, {me}.", "Quick note about me: {me}.", "FYI, {me} — have been for a while.",
          "Before I forget: {me}.", "Heads up, {me}, so keep that in mind for food stuff.",
          "Something to remember about me: {me}.", "Btw {me}."],
    asks=[
        dict(q=["Can you suggest something for dinner tonight?", "Need a weeknight dinner idea, nothing complicated.",
                "What should I cook tonight? I've got about 40 minutes.", "Ideas for dinner? Bored of my usual stuff.",
                "What's something cosy I could make for dinner this week?"],
             good=["Since {you}, how about {d_good}? It comes together in about 35 minutes.",
                   "Given that {you}, I'd go for {d_good} — filling and easy to scale.",
                   "Try {d_good} — it fits since {you}, and leftovers are great for lunch."],
             bad=["How about {d_bad}? It's a crowd-pleaser and ready in about 40 minutes.",
                  "Try {d_bad} — simple, one pan, and great for leftovers.",
                  "You can't go wrong with {d_bad}. Want the recipe?"],
             reask=["Happy to help! Do you have any dietary restrictions I should know about?",
                    "Sure — before I suggest anything, is there anything you don't eat?",
                    "Of course. Any foods you avoid?"]),
        dict(q=["I need a quick lunch idea for work tomorrow.", "What can I take to work for lunch? Something packable.",
                "Give me a lunch idea I can prep tonight."],
             good=["Since {you}, pack {l_good} — it holds up well until lunchtime.",
                   "{l_good_cap} would work well for you — {you}, and it's quick to prep."],
             bad=["Pack {l_bad} — easy to make the night before.", "How about {l_bad}? Quick and filling."],
             reask=["Sure! Any dietary preferences I should keep in mind?", "Do you have any food restrictions?"]),
        dict(q=["I'm hosting friends on Saturday — what finger food should I make?",
                "What can I bring to a potluck this weekend?", "Snack ideas for a games night at mine?"],
             good=["Since {you}, {p_good} would be great — easy to make ahead.",
                   "I'd do {p_good}; it works for you since {you}, and everyone else will love it too."],
             bad=["{p_bad_cap} always disappear first — make a double batch.",
                  "Go with {p_bad}. Minimal effort, maximum crowd appeal."],
             reask=["Fun! Do you have any dietary needs I should plan around?",
                    "Sure — anything you don't eat that I should avoid?"]),
    ],
    change=["Quick update on my diet: {me_new} now.", "Diet change! {me_new_cap} these days.",
            "Just so you know, things changed — {me_new} now, not what I told you before.",
            "I've switched things up food-wise: {me_new} now."],
    drag=["Oh, and since {you}, maybe reward yourself with {l_good} afterwards.",
          "P.S. Since {you}, remember to keep your protein up today!",
          "(Also, as {you}, you might want a snack break while you do this.)"],
)

_kind(
    "allergy", group="food", topic="allergy", domain="food",
    values=[
        dict(val="peanuts", me="I'm allergic to peanuts", you="you're allergic to peanuts",
             mem="User has a peanut allergy", s_bad="a peanut satay sauce", s_good="a ginger-soy sauce",
             h_bad="trail mix with peanuts and a peanut butter bar", h_good="dried fruit, seeds and a cereal bar",
             allergen="peanut"),
        dict(val="shellfish", me="I'm allergic to shellfish", you="you're allergic to shellfish",
             mem="User is allergic to shellfish", s_bad="prawns and a splash of oyster sauce",
             s_good="chicken or tofu with a soy-garlic sauce", h_bad="a prawn cracker pack and crab sticks",
             h_good="cheese, crackers and fruit", allergen="shellfish"),
        dict(val="sesame", me="I'm allergic to sesame", you="you're allergic to sesame",
             mem="User is allergic to sesame", s_bad="sesame oil and toasted sesame seeds",
             s_good="a neutral oil and spring onions", h_bad="sesame snaps and hummus with pitta",
             h_good="an apple, cheese and oatcakes", allergen="sesame"),
        dict(val="tree nuts", me="I'm allergic to tree nuts", you="you're allergic to tree nuts",
             mem="User is allergic to tree nuts", s_bad="a handful of cashews", s_good="crispy chickpeas for crunch",
             h_bad="almonds and a cashew-date bar", h_good="pretzels, fruit and a seed bar", allergen="tree nut"),
        dict(val="eggs", me="I have an egg allergy", you="you have an egg allergy", mem="User is allergic to eggs",
             s_bad="egg fried rice on the side", s_good="plain jasmine rice on the side",
             h_bad="two boiled eggs and a mayo sandwich", h_good="hummus, veg sticks and oat bars", allergen="egg"),
    ],
    tell=["I should mention {me}.", "Important: {me}.", "Just flagging that {me}.", "By the way, {me} — pretty badly.",
          "Medical thing to remember: {me}.", "Please note {me}."],
    asks=[
        dict(q=["Can you give me a quick stir-fry recipe?", "I want to make a stir-fry tonight, how should I do it?",
                "What's a good 20-minute stir-fry?"],
             good=["Since {you}, use {s_good} instead of the usual — stir-fry your veg hot and fast, add the sauce at the end.",
                   "Here's a safe one given {you}: veg and noodles, finished with {s_good}."],
             bad=["Stir-fry peppers, broccoli and noodles, then finish with {s_bad}. Done in 20 minutes.",
                  "Easy: hot wok, veg, noodles, and {s_bad} for flavour."],
             reask=["Sure! Any allergies I should know about first?", "Happy to — do you have any food allergies?"]),
        dict(q=["What snacks should I pack for a day hike?", "Good snacks for a long train ride?",
                "What should I bring as snacks for a road trip?"],
             good=["Keeping in mind {you}: {h_good}.", "Since {you}, I'd pack {h_good}."],
             bad=["Pack {h_bad} — high energy and light.", "Classic choice: {h_bad}."],
             reask=["Good idea! Any allergies or foods to avoid?", "Sure — anything you can't eat?"]),
    ],
    drag=["And as always with your {allergen} allergy, keep your EpiPen handy!",
          "Also, since {you}, double-check labels on anything you grab today.",
          "(Stay safe with that {allergen} allergy, by the way.)"],
)

_kind(
    "dislike", group="food", topic="food dislikes", domain="food", split="holdout",
    values=[
        dict(val="coriander", me="I can't stand coriander", you="you can't stand coriander",
             mem="User dislikes coriander (tastes like soap to them)", bad="finish with a big handful of fresh coriander",
             good="finish with basil and lime instead of coriander"),
        dict(val="mushrooms", me="I really don't like mushrooms", you="you don't like mushrooms",
             mem="User dislikes mushrooms", bad="add a tray of sliced shiitake mushrooms",
             good="use aubergine where you'd normally use mushrooms"),
        dict(val="olives", me="I hate olives", you="you hate olives", mem="User hates olives",
             bad="scatter over plenty of kalamata olives", good="use capers sparingly or skip the briny bits entirely"),
        dict(val="very spicy food", me="I can't handle spicy food at all", you="you can't handle spicy food",
             mem="User can't tolerate spicy food", bad="add two chopped bird's-eye chillies",
             good="keep it mild — smoked paprika instead of chilli"),
    ],
    tell=["Food thing: {me}.", "Fair warning, {me}.", "Also {me}, just so you know.", "Note to self for you: {me}."],
    asks=[
        dict(q=["Quick recipe for a noodle salad?", "What should I put in a summer salad bowl?",
                "Give me a tasty rice bowl idea."],
             good=["Base of noodles or rice, crunchy veg, a sesame-lime dressing — and since {you}, {good}.",
                   "Since {you}: {good}. Otherwise: grains, cucumber, carrot, a tangy dressing."],
             bad=["Grains, cucumber, carrot, a tangy dressing, and {bad}.",
                  "Toss noodles with crunchy veg and dressing, then {bad}."],
             reask=["Sure! Anything you don't like that I should leave out?"]),
    ],
    drag=["(And don't worry, no {val} involved!)", "P.S. I know {you} — nothing like that here."],
)

_kind(
    "city", group="location", topic="city", domain="local",
    values=[
        dict(val="Boston", spot="a walk along the Harborwalk and a lobster roll in the North End",
             weather="chilly, around 8°C (46°F) and windy"),
        dict(val="Berlin", spot="a walk along the Landwehrkanal and the Sunday flea market at Mauerpark",
             weather="grey, around 6°C (43°F)"),
        dict(val="Lisbon", spot="the LX Factory and sunset at the Miradouro da Senhora do Monte",
             weather="mild, around 17°C (63°F)"),
        dict(val="Toronto", spot="the St. Lawrence Market and the ferry out to the Toronto Islands",
             weather="cold, around 2°C (36°F)"),
        dict(val="Manchester", spot="a wander round the Northern Quarter and brunch at Mackie Mayor",
             weather="drizzly, around 9°C (48°F)"),
        dict(val="Melbourne", spot="the laneways, Queen Victoria Market and a walk along the Yarra",
             weather="warm, around 24°C (75°F)"),
        dict(val="Austin", spot="a swim at Barton Springs and live music on South Congress",
             weather="sunny, around 22°C (72°F)"),
        dict(val="Dublin", spot="the coastal walk from Howth and fish and chips by the harbour",
             weather="blustery, around 10°C (50°F) with showers"),
        dict(val="Seoul", spot="a hike up Bukhansan and street food at Gwangjang Market",
             weather="crisp, around 5°C (41°F)"),
    ],
    fields=dict(me="I live in {val}", you="you live in {val}", mem="User lives in {val}"),
    tell=["I live in {val}, by the way.", "For context, I'm based in {val}.",
          "I'm in {val} — moved here a couple of years ago.", "Home is {val} for me.",
          "Just so you know, I live in {val}.", "I'm a {val} local."],
    asks=[
        dict(q=["Any ideas for something to do this weekend?", "What should I do on Saturday? I want to get out of the house.",
                "Bored. Suggest a fun weekend plan?", "Looking for a nice day out tomorrow, ideas?"],
             good=["Since {you}, how about {spot}?", "In {val}, I'd suggest {spot}.",
                   "You're in {val}, so: {spot}. Perfect for a Saturday."],
             bad=["You could visit a museum, try a new café, or go for a hike somewhere nearby.",
                  "Maybe check out a local market or a park — wherever's closest to you.",
                  "How about a day trip to the beach? Pack a picnic and make a day of it."],
             reask=["Sure! Which city are you in?", "Happy to — where are you based?", "Where are you located?"]),
        dict(q=["Do I need a coat today?", "What's the weather looking like this weekend?",
                "Should I bring an umbrella tomorrow?"],
             good=["In {val} it's looking {weather}, so dress accordingly.",
                   "For {val}: {weather}. A coat's a good idea."],
             bad=["It's looking sunny and warm, around 25°C (77°F) — no coat needed!",
                  "Weather looks great — clear skies and warm. Leave the umbrella at home."],
             reask=["Where are you? I'll check the forecast.", "Which city should I check?"]),
    ],
    change=["Big news — I moved to {new_val} last month!", "I'm not in {old_val} anymore, I live in {new_val} now.",
            "Update: I relocated to {new_val} for work.", "Just moved to {new_val}, still unpacking boxes.",
            "FYI I've moved — {new_val} is home now."],
    forget=dict(user=["Can you forget where I live? I'd rather you didn't store my location.",
                      "Please delete my city from your memory, privacy thing."], mode="reask"),
    drag=["P.S. Hope the weather in {val} is treating you well!", "Also, since {you}, you could do this from a café in town.",
          "(There are probably some great spots in {val} to take a break afterwards.)"],
)

_kind(
    "job", group="work", topic="job", domain="work",
    values=[
        dict(val="a nurse", title="nurse", bio="Compassionate registered nurse with six years on a busy surgical ward",
             skill="a wound-care certification or a charge-nurse leadership course"),
        dict(val="a software engineer", title="software engineer",
             bio="Backend software engineer who enjoys building reliable APIs",
             skill="system design and writing clearer design docs"),
        dict(val="a high-school history teacher", title="history teacher",
             bio="History teacher who loves making the past feel alive for teenagers",
             skill="classroom tech tools or a curriculum-design course"),
        dict(val="an accountant", title="accountant", bio="Chartered accountant helping small businesses keep their books clean",
             skill="data analysis in Excel and Power BI"),
        dict(val="a graphic designer", title="graphic designer",
             bio="Brand and packaging designer with a soft spot for typography", skill="motion design or UX fundamentals"),
        dict(val="an electrician", title="electrician",
             bio="Licensed electrician specialising in residential rewiring and EV chargers",
             skill="a solar and battery installation certification"),
        dict(val="a pharmacist", title="pharmacist", bio="Community pharmacist focused on patient education",
             skill="an independent prescriber qualification"),
    ],
    fields=dict(me="I work as {val}", you="you work as {val}", mem="User works as {val}"),
    tell=["I work as {val}, for context.", "Some background: I'm {val}.", "I'm {val} by profession.",
          "Work-wise, I'm {val}.", "In case it matters, I work as {val}."],
    asks=[
        dict(q=["Can you help me write a short bio for my LinkedIn?", "I need a one-line bio for a conference badge.",
                "Write me a short professional intro for my profile."],
             good=["Here's a draft: \"{bio}.\" Want a more playful version too?", "Try: \"{bio}.\" Short and clear."],
             bad=["Here's a draft: \"Passionate professional with experience across many industries and a love of learning.\"",
                  "Try: \"Results-driven team player who thrives in fast-paced environments.\""],
             reask=["Sure! What do you do for work?", "Happy to — what's your job?"]),
        dict(q=["What skill should I work on this year for my career?", "Any ideas for a course I could take to level up at work?",
                "What should I learn next to get ahead professionally?"],
             good=["As {title}, I'd look at {skill}.", "For {title}s, {skill} is a strong next step."],
             bad=["Public speaking and Excel are always useful, whatever you do.",
                  "Maybe learn to code — Python is useful in almost any career."],
             reask=["What field are you in?", "Sure — what's your current role?"]),
    ],
    change=["I changed jobs — {me_new} now.", "Career update: I left my old job — {me_new} now.",
            "New job! {me_new_cap}, started two weeks ago.", "Big change: {me_new} these days."],
    forget=dict(user=["Please forget my job details, I'd rather not have that stored.",
                      "I quit — can you forget what I told you about my work?"], mode="reask"),
    drag=["And since {you}, you could probably ask a colleague about this too.",
          "P.S. As {val}, you'll appreciate keeping things organised!",
          "(Good thing to sort out before your next shift as {val}!)"],
)

_kind(
    "pet", group="pet", topic="pet", domain="home",
    values=[
        dict(val="Biscuit", name="Biscuit", species="dog", desc="a beagle called Biscuit", pron="his"),
        dict(val="Mochi", name="Mochi", species="cat", desc="a cat called Mochi", pron="her"),
        dict(val="Pepper", name="Pepper", species="dog", desc="a border collie called Pepper", pron="her"),
        dict(val="Otis", name="Otis", species="dog", desc="an old labrador called Otis", pron="his"),
        dict(val="Luna", name="Luna", species="cat", desc="a rescue cat called Luna", pron="her"),
        dict(val="Nugget", name="Nugget", species="rabbit", desc="a rabbit called Nugget", pron="his"),
    ],
    fields=dict(me="I have {desc}", you="you have {desc}", mem="User has {desc}"),
    tell=["I have {desc}, by the way.", "Fun fact: I share my flat with {desc}.", "My {species} {name} says hi — yes, I have {desc}.",
          "For context I have {desc}.", "I've got {desc}, total chaos."],
    asks=[
        dict(q=["I'm going away for a long weekend — what should I sort out before I leave?",
                "Trip next week, four days. Checklist for the flat?", "What do I need to organise before a week away?"],
             good=["Main thing: since {you}, book a sitter or boarding for {name} early and leave {pron} food and vet details. Then bins, plants, thermostat.",
                   "First, {name}: arrange a sitter and stock up on {pron} food. Then take the bins out and set the heating low."],
             bad=["Water the plants, take the bins out, set the thermostat lower and unplug electronics — that's about it.",
                  "Empty the fridge, take out the rubbish, lock the windows and set a light timer."],
             reask=["Sure! Do you have any pets or plants that need looking after?", "Any animals at home that need care?"]),
        dict(q=["I'm looking at apartments — what should I check before signing?", "Viewing a flat tomorrow. What should I ask?"],
             good=["Check the pet policy first, since {you} — some leases ban {species}s or charge a pet deposit. Then heating, damp and the deposit terms.",
                   "Top question: are {species}s allowed? (You have {desc}.) After that: bills, damp and notice period."],
             bad=["Check water pressure, mobile signal, heating costs and the deposit terms.",
                  "Ask about bills, the notice period, damp, and whether there's storage."],
             reask=["Do you have any pets? That changes what to ask.", "Anything special — pets, parking, bike storage?"]),
    ],
    forget=dict(user=["Sadly {name} passed away last week. Please remove {name} from your notes.",
                      "Can you forget about {name}? {name} went to live with my parents for good."], mode="bad"),
    drag=["Also, give {name} a scratch behind the ears from me!", "P.S. Maybe do this while {name} naps.",
          "(Hope {name} is doing well, by the way!)"],
)

_kind(
    "kid", group="kids", topic="kids", domain="family",
    values=[
        dict(val="Leo", name="Leo", rel="son", age="6", party="a dinosaur dig in the garden with sandpit 'fossils'",
             family="a trip to the science museum's hands-on floor and a playground after"),
        dict(val="Maya", name="Maya", rel="daughter", age="9", party="a DIY slime lab and a treasure hunt",
             family="a beginner bike trail and hot chocolate after"),
        dict(val="Arjun", name="Arjun", rel="son", age="12", party="a laser-tag session and pizza with a few friends",
             family="a climbing wall session — great for his age"),
        dict(val="Sofia", name="Sofia", rel="daughter", age="3", party="a small teddy bears' picnic with bubbles",
             family="a petting farm and a short buggy-friendly walk"),
        dict(val="Tomás", name="Tomás", rel="son", age="15", party="an escape room with his mates and burgers after",
             family="a kayaking taster session"),
    ],
    fields=dict(me="I have a {age}-year-old {rel} called {name}", you="you have a {age}-year-old {rel}, {name}",
                mem="User has a {rel}, {name}, aged {age}"),
    tell=["I have a {age}-year-old {rel} called {name}.", "Context: my {rel} {name} is {age}.",
          "I'm a parent — {name}, my {rel}, is {age}.", "Mum/dad life: {name} ({age}) keeps me busy."],
    asks=[
        dict(q=["Birthday coming up in the family — any party ideas?", "Need ideas for a kid's birthday party next month.",
                "Help me plan a birthday party at home?"],
             good=["For {name} at {age}, how about {party}?", "Since {name} is {age}: {party}. Keep it to about two hours."],
             bad=["A backyard BBQ with a playlist and a cocktail station is always a hit.",
                  "Book a private room at a bar and do a quiz night!"],
             reask=["Fun! Whose birthday is it, and how old will they be?", "Who's the party for? Age matters a lot here."]),
        dict(q=["What can we do as a family on Sunday?", "Family day out ideas for this weekend?"],
             good=["With {name} being {age}, try {family}.", "For a {age}-year-old like {name}: {family}."],
             bad=["How about a wine-tasting tour or a long 15 km hike?", "A late-night comedy show could be fun!"],
             reask=["Who's coming — any kids, and how old?", "How old are the kids?"]),
    ],
    drag=["And this could be a fun thing to show {name} too!", "P.S. {name} might enjoy helping with this.",
          "(Perfect thing to do while {name} is at school.)"],
)

_kind(
    "partner", group="partner", topic="partner", domain="family",
    values=[
        dict(val="Priya", name="Priya", rel="wife", likes="Japanese food and pottery",
             gift="a pottery workshop for two", date="an omakase dinner and a walk after"),
        dict(val="Daniel", name="Daniel", rel="husband", likes="vinyl records and hiking",
             gift="a rare pressing of a favourite album", date="a record-shop crawl and dinner"),
        dict(val="Chloé", name="Chloé", rel="girlfriend", likes="French cinema and baking",
             gift="a patisserie class", date="a screening at an indie cinema and crêpes"),
        dict(val="Marcus", name="Marcus", rel="boyfriend", likes="climbing and craft beer",
             gift="a day pass at a bouldering gym plus a brewery tour", date="bouldering then a taproom"),
        dict(val="Sam", name="Sam", rel="partner", likes="board games and Thai food",
             gift="a new strategy board game", date="a board-game café followed by Thai dinner"),
    ],
    fields=dict(me="my {rel} {name} loves {likes}", you="your {rel} {name} loves {likes}",
                mem="User's {rel} is {name}; loves {likes}"),
    tell=["My {rel} {name} loves {likes}.", "Quick context: I'm with {name} (my {rel}) and {name} is into {likes}.",
          "{name}, my {rel}, is obsessed with {likes}."],
    asks=[
        dict(q=["Our anniversary is coming up — gift ideas?", "Need a gift for my partner's birthday.",
                "What should I get my other half this year?"],
             good=["Since {name} loves {likes}, maybe {gift}.", "How about {gift}? {name} would love it given {likes}."],
             bad=["Flowers and chocolates are a classic, or a nice watch.", "A spa voucher or perfume is always safe."],
             reask=["Tell me a bit about your partner — what are they into?", "What does your partner enjoy?"]),
        dict(q=["Plan a date night for us this Friday?", "Date idea for this weekend?"],
             good=["{name} loves {likes}, so: {date}.", "Try {date} — right up {name}'s street."],
             bad=["Dinner and a movie is always a safe bet.", "A cocktail bar and karaoke!"],
             reask=["What do you both enjoy?"]),
    ],
    drag=["Maybe {name} would like to join you for this!", "P.S. Say hi to {name}!",
          "(Could be a nice thing to do with {name} too.)"],
)

_kind(
    "budget", group="shopping", topic="laptop budget", domain="shopping",
    values=[
        dict(val="$600", pick="a Lenovo IdeaPad Slim 5 or an Acer Swift Go — both around $550–600", currency="$"),
        dict(val="$900", pick="a MacBook Air M2 on sale or an ASUS Zenbook 14 OLED, both just under $900", currency="$"),
        dict(val="$1,500", pick="a MacBook Air 15 or a Dell XPS 14 — solid picks around $1,400–1,500", currency="$"),
        dict(val="€700", pick="a Lenovo Yoga Slim 6 or an HP Pavilion Plus, both around €650–700", currency="€"),
        dict(val="£1,000", pick="a MacBook Air M3 (13\") or a Framework 13 DIY edition, around £950–1,000", currency="£"),
    ],
    fields=dict(me="my budget for a new laptop is {val}", you="your laptop budget is {val}",
                mem="User's budget for a new laptop is {val}"),
    tell=["I'm shopping for a laptop and {me}.", "Laptop hunting — {me}, max.", "For the laptop: {me}, not a cent more.",
          "Budget-wise, {me}."],
    asks=[
        dict(q=["Which laptop should I get?", "Can you recommend a laptop for work and some light photo editing?",
                "Help me pick a laptop, I'm overwhelmed."],
             good=["Within your {val} budget: {pick}.", "Given {you}, I'd look at {pick}."],
             bad=["Go for the MacBook Pro 16 with the Max chip — around $3,500, but worth every penny.",
                  "The Razer Blade 16 is amazing — about $2,900 but it'll last years."],
             reask=["Sure! What's your budget?", "What price range are you thinking?"]),
        dict(q=["Is the Dell XPS 16 a good deal at 2,400?", "Should I grab the 2,300 Surface Laptop Studio while it's on sale?"],
             good=["It's a great machine, but that's well over your {val} budget — I'd look at {pick} instead.",
                   "Nice deal, but it blows past {val}. Within budget: {pick}."],
             bad=["Yes, that's a solid price for it — I'd grab it.", "Good deal! That's a fair price for the specs."],
             reask=["Depends on your budget — what are you hoping to spend?"]),
    ],
    change=["Update on the laptop: {me_new} now.", "I got a bonus, so {me_new} now!",
            "Had to cut back — {me_new} now."],
    forget=dict(user=["I already bought a laptop, you can forget the budget.", "Please forget the laptop budget, not shopping anymore."],
                mode="bad"),
    drag=["Also keep in mind your {val} laptop budget.", "P.S. Don't forget you're saving up for that laptop ({val})!"],
)

_kind(
    "units", group="units", topic="units preference", domain="general",
    values=[
        dict(val="metric", me="I prefer metric units", you="you prefer metric units", mem="User prefers metric units",
             oven="about 200°C (180°C fan)", oven_bad="about 400°F", hm="21.1 km", hm_bad="13.1 miles", sys="metric"),
        dict(val="imperial", me="I prefer imperial units — Fahrenheit, miles, pounds", you="you prefer imperial units",
             mem="User prefers imperial units (°F, miles, lb)", oven="about 400°F", oven_bad="about 200°C (180°C fan)",
             hm="13.1 miles", hm_bad="21.1 km", sys="imperial"),
    ],
    tell=["Please use {val} units with me — {me}.", "Small thing: {me}.", "Pet peeve: {me}.", "Note: {me} in answers."],
    asks=[
        dict(q=["How hot should my oven be to roast a chicken?", "What temperature for roast potatoes?",
                "Oven temp for roasting veg?"],
             good=["Go for {oven}.", "{oven_cap} works well."],
             bad=["Go for {oven_bad}.", "{oven_bad_cap} is ideal."],
             reask=["Do you want that in Celsius or Fahrenheit?"]),
        dict(q=["How long is a half marathon?", "What distance is a half marathon exactly?"],
             good=["A half marathon is {hm}.", "It's {hm}."],
             bad=["A half marathon is {hm_bad}.", "It's {hm_bad}."],
             reask=["Miles or kilometres?"]),
    ],
    change=["I've switched — {me_new} now.", "Actually, {me_new} now that I moved.", "Change of plan on units: {me_new}."],
    drag=["(I'll stick to {sys} units as you prefer.)", "P.S. All numbers in {sys}, as you like it."],
)

_kind(
    "language", group="language", topic="language learning", domain="language",
    values=[
        dict(val="Japanese", phrase="「コーヒーをください」(kōhī o kudasai)", pod="Nihongo con Teppei"),
        dict(val="European Portuguese", phrase="\"Queria um café, por favor\"", pod="Portuguese With Carla"),
        dict(val="German", phrase="\"Einen Kaffee, bitte\"", pod="Slow German mit Annik Rubens"),
        dict(val="Spanish", phrase="\"Un café, por favor\"", pod="Coffee Break Spanish"),
        dict(val="Italian", phrase="\"Un caffè, per favore\"", pod="Coffee Break Italian"),
        dict(val="Korean", phrase="\"커피 한 잔 주세요\" (keopi han jan juseyo)", pod="Talk To Me In Korean"),
        dict(val="Dutch", phrase="\"Een koffie, alstublieft\"", pod="DutchPod101"),
    ],
    fields=dict(me="I'm learning {val}", you="you're learning {val}", mem="User is learning {val}"),
    tell=["I'm learning {val} at the moment!", "Currently studying {val}, about a year in.", "My new hobby: learning {val}.",
          "{val} is the language I'm learning right now."],
    asks=[
        dict(q=["Teach me a useful phrase for ordering coffee.", "How do I order a coffee politely?",
                "Give me one phrase I can use at a café."],
             good=["In {val}: {phrase}.", "Since {you}: {phrase} — simple and polite."],
             bad=["A useful one: \"Je voudrais un café, s'il vous plaît.\"", "Try: \"Could I get a coffee, please?\" — polite and simple."],
             reask=["Which language would you like it in?"]),
        dict(q=["Suggest a podcast to help with my listening practice.", "Any good podcast for language learning?"],
             good=["For {val}, try {pod}.", "{pod} is great for {val} learners."],
             bad=["Try the TED Talks Daily podcast — great for general listening.", "Duolingo French Podcast is excellent."],
             reask=["Which language are you studying?"]),
    ],
    change=["I switched languages — {me_new} now.", "Dropped my old language, {me_new} now.",
            "New plan: {me_new} instead."],
    drag=["Also, this could be good {val} practice — try saying it in {val}!", "P.S. How's the {val} going?"],
)

_kind(
    "workout", group="fitness_sched", topic="training schedule", domain="fitness",
    values=[
        dict(val="Mon/Wed/Fri mornings", me="I train Monday, Wednesday and Friday mornings",
             you="you train Monday, Wednesday and Friday mornings", mem="User trains Mon/Wed/Fri mornings",
             plan="Mon: full-body strength, Wed: intervals, Fri: strength + core; rest or walk on the other days",
             rest="Tuesday or Thursday evening"),
        dict(val="weekends only", me="I can only work out on weekends", you="you can only work out on weekends",
             mem="User can only work out on weekends",
             plan="Saturday: full-body strength plus 20 min cardio, Sunday: a longer easy run or ride",
             rest="a short weekday evening at home"),
        dict(val="Tue/Thu evenings", me="I go to the gym Tuesday and Thursday evenings",
             you="you go to the gym Tuesday and Thursday evenings", mem="User goes to the gym Tue/Thu evenings",
             plan="Tuesday: upper body + intervals, Thursday: lower body + core, weekend: an easy walk or swim",
             rest="Monday or Wednesday evening"),
        dict(val="daily 6am runs", me="I run every day at 6am", you="you run every day at 6am",
             mem="User runs every day at 6am",
             plan="keep the daily 6am runs mostly easy, make Tuesday a tempo run and Saturday longer, add 2×20 min strength after Mon/Thu runs",
             rest="right after your morning run"),
    ],
    tell=["My schedule: {me}.", "For context, {me}.", "Routine-wise, {me}.", "{me_cap} — that's my fixed slot."],
    asks=[
        dict(q=["Can you plan my training week?", "Give me a weekly workout plan.", "Help me structure my workouts this week."],
             good=["Built around your schedule ({val}): {plan}.", "Since {you}: {plan}."],
             bad=["Here's a 6-day split: Mon chest, Tue back, Wed legs, Thu shoulders, Fri arms, Sat cardio. Rest Sunday.",
                  "Do 45 minutes every weekday at lunchtime plus a long session on Sunday."],
             reask=["How many days a week can you train, and when?", "What does your schedule look like?"]),
        dict(q=["When should I fit in a stretching session?", "When's a good time to add mobility work?"],
             good=["Given {you}, add it {rest}.", "I'd slot it in {rest} — it fits your routine."],
             bad=["Every day at lunchtime works best for most people.", "Do it Saturday and Sunday mornings at 9."],
             reask=["When do you usually train?"]),
    ],
    change=["My schedule changed — {me_new} now.", "New routine: {me_new}.", "Heads up, {me_new} from now on."],
    forget=dict(user=["Forget my training schedule, it's all over the place now.", "Please drop the workout schedule you have for me."],
                mode="reask"),
    drag=["And don't skip your workout — {you}!", "P.S. Perfect thing to do after training, since {you}."],
)

_kind(
    "injury", group="fitness_body", topic="injury", domain="fitness",
    values=[
        dict(val="a bad left knee", me="I have a bad left knee (old ACL injury)", you="you have a bad left knee",
             mem="User has a bad left knee (old ACL injury)", avoid="jump squats and lunges",
             alt="glute bridges, wall sits at a comfortable depth and upper-body work", short="knee"),
        dict(val="lower back problems", me="I have a herniated disc in my lower back", you="you have a herniated disc",
             mem="User has a herniated disc (lower back)", avoid="heavy deadlifts and sit-ups",
             alt="bird-dogs, dead bugs and supported rows", short="back"),
        dict(val="shoulder impingement", me="I've got shoulder impingement on my right side",
             you="you have shoulder impingement", mem="User has right shoulder impingement",
             avoid="overhead presses and burpees", alt="band external rotations, squats and glute work", short="shoulder"),
        dict(val="plantar fasciitis", me="I have plantar fasciitis in my right foot", you="you have plantar fasciitis",
             mem="User has plantar fasciitis (right foot)", avoid="skipping and jumping jacks",
             alt="cycling, rowing and seated strength work", short="foot"),
    ],
    tell=["Heads up: {me}.", "I should say {me}.", "Medical note: {me}.", "Just so you know, {me}."],
    asks=[
        dict(q=["Give me a 20-minute home workout.", "Quick workout I can do in my living room?", "Can you give me a short HIIT routine?"],
             good=["Since {you}, skip {avoid} — do {alt}, 3 rounds.", "Avoiding {avoid} because of your {short}: {alt}."],
             bad=["3 rounds: 20 jump squats, 15 burpees, 20 lunges, 30 s plank, 20 jumping jacks.",
                  "Try: burpees, overhead presses, jump squats, skipping — 40 s on, 20 s off."],
             reask=["Sure! Any injuries I should work around?", "Any injuries or limitations?"]),
        dict(q=["Should I sign up for a bootcamp class?", "Is CrossFit a good idea for me?"],
             good=["Maybe — but with your {short}, tell the coach and skip {avoid}.",
                   "Could be fun, but since {you}, check it doesn't lean on {avoid}."],
             bad=["Absolutely — go all in, the high-impact stuff is the best part!", "Yes! Great for fitness, just push hard."],
             reask=["Any injuries I should know about?"]),
    ],
    drag=["And go easy on that {short}!", "P.S. Remember to rest your {short}."],
)

_kind(
    "team", group="sports", topic="team", domain="sports", split="dev",
    values=[
        dict(val="Arsenal", opp="Spurs", when="Sunday at 4:30pm"),
        dict(val="the Boston Celtics", opp="the Knicks", when="Friday night"),
        dict(val="the Chicago Cubs", opp="the Cardinals", when="Saturday afternoon"),
        dict(val="FC Barcelona", opp="Atlético Madrid", when="Saturday at 9pm"),
        dict(val="the Toronto Maple Leafs", opp="the Canadiens", when="Saturday night"),
    ],
    fields=dict(me="I support {val}", you="you support {val}", mem="User is a fan of {val}"),
    tell=["Big {val} fan here.", "I support {val}, for the record.", "{val} all the way for me."],
    asks=[
        dict(q=["Any games worth watching this weekend?", "What should I watch on TV this weekend, sports-wise?"],
             good=["{val} play {opp} {when} — that's the one for you.", "Since {you}: {val} vs {opp}, {when}."],
             bad=["The Lakers vs Warriors game should be a good one.", "There's a big tennis final on Sunday."],
             reask=["Which team do you follow?"]),
    ],
    drag=["P.S. Fingers crossed for {val} this weekend!", "Also — come on {val}!"],
)

_kind(
    "medication", group="health", topic="medication", domain="health", split="holdout",
    values=[
        dict(val="warfarin", q="Can I take ibuprofen for my back pain?", good_m="ibuprofen isn't a good idea with warfarin — it raises bleeding risk. Paracetamol is usually safer, but check with your pharmacist",
             bad_m="Yes — 200–400 mg of ibuprofen every 6–8 hours with food is fine for back pain"),
        dict(val="sertraline", q="Is St John's wort good for low mood?", good_m="St John's wort can interact dangerously with sertraline (serotonin syndrome) — please talk to your doctor first",
             bad_m="Yes, St John's wort is a popular natural option for low mood — 300 mg three times a day is typical"),
        dict(val="metformin", q="Is it fine to have a few drinks at a wedding on Saturday?", good_m="with metformin, go easy on alcohol and don't drink on an empty stomach — it raises the risk of low blood sugar",
             bad_m="Sure, enjoy yourself! Just alternate with water"),
        dict(val="lisinopril", q="Should I start a potassium supplement for cramps?", good_m="be careful — lisinopril can raise potassium levels, so don't add a supplement without asking your doctor",
             bad_m="Yes, a potassium supplement is a common fix for cramps — 99 mg a day is standard"),
        dict(val="levothyroxine", q="Can I take my calcium supplement with breakfast?", good_m="take calcium at least 4 hours apart from levothyroxine — it blocks absorption",
             bad_m="Yes, with breakfast is a great time for calcium"),
    ],
    fields=dict(me="I take {val} daily", you="you take {val}", mem="User takes {val} daily"),
    tell=["Medication-wise, {me}.", "Health note: {me}.", "I should mention {me}.", "FYI {me}, prescribed last year."],
    asks=[
        dict(q=["{q}"], good=["Since {you}, {good_m}.", "Careful: {good_m}."], bad=["{bad_m}.", "{bad_m} — no problem."],
             reask=["Are you on any medications I should know about?"]),
    ],
    drag=["And don't forget to take your {val} today.", "P.S. Remember your {val}!"],
)

_kind(
    "stack", group="coding", topic="tech stack", domain="coding",
    values=[
        dict(val="Python", cfg="In Python: `with open('config.json') as f: cfg = json.load(f)`", test="pytest — simple asserts and great fixtures"),
        dict(val="TypeScript", cfg="In TypeScript on Node: `const cfg = JSON.parse(await readFile('config.json', 'utf8'))`", test="Vitest (or Jest) — fast and TS-friendly"),
        dict(val="Go", cfg="In Go: `data, _ := os.ReadFile(\"config.json\"); json.Unmarshal(data, &cfg)`", test="the built-in `testing` package with table-driven tests"),
        dict(val="Kotlin", cfg="With kotlinx.serialization: `val cfg = Json.decodeFromString<Config>(File(\"config.json\").readText())`", test="JUnit 5 with Kotest assertions"),
        dict(val="Rust", cfg="With serde: `let cfg: Config = serde_json::from_str(&fs::read_to_string(\"config.json\")?)?;`", test="built-in `cargo test`, plus `proptest` for property tests"),
        dict(val="Ruby", cfg="In Ruby: `cfg = JSON.parse(File.read('config.json'))`", test="RSpec"),
    ],
    fields=dict(me="I mostly code in {val}", you="you code in {val}", mem="User's main programming language is {val}"),
    tell=["For coding questions: {me}.", "Context: {me} at work.", "Our whole stack is {val}.", "{val} is my main language."],
    asks=[
        dict(q=["How do I read a JSON config file at startup?", "What's the cleanest way to load a config file?"],
             good=["{cfg}.", "Since {you}: {cfg}."],
             bad=["In Java: `Config cfg = new ObjectMapper().readValue(new File(\"config.json\"), Config.class);`",
                  "In PHP: `$cfg = json_decode(file_get_contents('config.json'), true);`"],
             reask=["Which language are you using?"]),
        dict(q=["What testing framework should I use?", "Recommend a unit test framework?"],
             good=["For {val}: {test}.", "I'd go with {test}."],
             bad=["PHPUnit is the standard choice — well documented and mature.", "Use NUnit, it's mature and well documented."],
             reask=["What language is the project in?"]),
    ],
    change=["We migrated — {me_new} now.", "New job, new stack: {me_new} now.", "Switched languages: {me_new} these days."],
    drag=["(If you want, you could even automate this with a little {val} script!)", "P.S. This would make a fun {val} side project."],
)

_kind(
    "availability", group="schedule", topic="schedule", domain="appointments",
    values=[
        dict(val="after 6pm on weekdays", me="I'm only free after 6pm on weekdays", you="you're only free after 6pm on weekdays",
             mem="User is only available after 6pm on weekdays", slot="Wednesday at 6:15pm", badslot="Tuesday at 11:00am"),
        dict(val="mornings before 10", me="I can only do mornings before 10am", you="you can only do mornings before 10am",
             mem="User is only available before 10am", slot="Thursday at 8:30am", badslot="Monday at 2:30pm"),
        dict(val="Fridays", me="Fridays are my only free weekday", you="Fridays are your only free weekday",
             mem="User is only free on Fridays", slot="Friday at 10:40am", badslot="Wednesday at 9:00am"),
        dict(val="weekends", me="I'm only free on weekends", you="you're only free on weekends",
             mem="User is only available on weekends", slot="Saturday at 9:30am", badslot="Thursday at 3:00pm"),
    ],
    tell=["Scheduling note: {me}.", "Just so you know, {me}.", "For appointments, {me}.", "Availability: {me}."],
    asks=[
        dict(q=["Can you find me a dentist appointment next week?", "I need to book a GP check-up soon.",
                "Book me a haircut sometime next week?", "Find a slot for my car service next week."],
             good=["I'd go for {slot} — that works since {you}.", "The best fit is {slot}, given {you}."],
             bad=["How about {badslot}? That's the earliest slot.", "I found {badslot} — shall I book it?"],
             reask=["Sure — what times work for you?", "When are you usually free?"]),
    ],
    change=["My availability changed — {me_new} now.", "New hours at work, so {me_new} now."],
    drag=["Since {you}, you could do this then.", "(Good one to tackle {val}.)"],
)

_kind(
    "airport", group="location", topic="home airport", domain="travel", split="dev",
    values=[
        dict(val="Manchester", code="MAN", route="Jet2 and Ryanair fly direct to Rome in about 3 hours"),
        dict(val="Chicago O'Hare", code="ORD", route="there's a nonstop on United or ITA, about 9.5 hours"),
        dict(val="Dublin", code="DUB", route="Aer Lingus and Ryanair fly direct, about 3 hours"),
        dict(val="Denver", code="DEN", route="you'll connect through a US hub or Frankfurt, about 13 hours total"),
        dict(val="Sydney", code="SYD", route="you'll connect via Singapore or Doha, roughly 22–24 hours"),
    ],
    fields=dict(me="I always fly out of {val}", you="you fly out of {val}", mem="User's home airport is {val} ({code})"),
    tell=["I always fly out of {val} ({code}).", "My home airport is {val}.", "Travel note: I fly from {val}."],
    asks=[
        dict(q=["Find me flights to Rome in March?", "How do I get to Rome for a long weekend?"],
             good=["From {val} ({code}), {route}.", "Flying from {code}: {route}."],
             bad=["From London Heathrow, British Airways has several daily direct flights to Rome.",
                  "From JFK, Delta flies nonstop to Rome in about 8.5 hours."],
             reask=["Which airport will you fly from?"]),
    ],
    drag=["And if you ever want a getaway, {val} has great connections!", "P.S. Remember {code} has a new lounge!"],
)

_kind(
    "transport", group="transport", topic="car", domain="local", split="holdout",
    values=[
        dict(val="no car", me="I don't own a car — I cycle everywhere", you="you don't have a car and cycle everywhere",
             mem="User doesn't own a car; cycles", good_t="it's about a 35-minute bike ride along the canal path, or take bus 12 if you're carrying flat-packs — they also deliver",
             bad_t="Just drive — it's 20 minutes and parking is free."),
        dict(val="a Prius", me="I drive a 2016 Toyota Prius", you="you drive a Prius", mem="User drives a 2016 Toyota Prius",
             good_t="it's a 20-minute drive in the Prius; flat-packs fit if you fold the rear seats",
             bad_t="Take bus 12 and walk the last 15 minutes — about an hour door to door, and book delivery for anything big."),
        dict(val="public transport", me="I get around by public transport only", you="you use public transport",
             mem="User relies on public transport",
             good_t="take the tram to the end of line 4 and the free shuttle bus; book delivery for anything big",
             bad_t="Hop in the car — there's a big free car park right by the entrance."),
    ],
    tell=["Transport-wise, {me}.", "FYI {me}.", "Good to know for planning: {me}."],
    asks=[
        dict(q=["How should I get to the big IKEA outside town?", "Best way to get to the out-of-town retail park?"],
             good=["Since {you}: {good_t}.", "Given {you}, {good_t}."],
             bad=["{bad_t}"],
             reask=["Do you drive, or should I look at public transport?"]),
    ],
    change=["Update: {me_new} now.", "Things changed — {me_new} these days."],
    drag=["P.S. Since {you}, plan your route in advance!"],
)

_kind(
    "savings", group="finance", topic="savings goal", domain="finance", split="holdout",
    values=[
        dict(val="house deposit", me="I'm saving £500 a month for a house deposit", you="you're saving for a house deposit",
             mem="User is saving £500/month for a house deposit"),
        dict(val="student loan", me="I'm aggressively paying off a $12k student loan", you="you're paying off your student loan",
             mem="User is aggressively paying off a $12k student loan"),
        dict(val="wedding", me="we're saving for our wedding next summer", you="you're saving for your wedding",
             mem="User is saving for their wedding next summer"),
        dict(val="emergency fund", me="I'm building a six-month emergency fund", you="you're building an emergency fund",
             mem="User is building a six-month emergency fund"),
    ],
    tell=["Money context: {me}.", "Financial goal: {me}.", "Just so you know, {me}."],
    asks=[
        dict(q=["Should I buy a new 1,200 TV that's on sale?", "Is it dumb to book a spontaneous weekend in Paris?",
                "Should I upgrade my phone this year?"],
             good=["Since {you}, I'd hold off unless it's in your fun budget — put the money toward that goal first.",
                   "Given {you}, check it doesn't dent your monthly savings; if it does, wait."],
             bad=["If it's on sale, go for it — treat yourself!", "Life's short, do it!"],
             reask=["Are you saving for anything at the moment?"]),
    ],
    drag=["Also, remember {you} — keep an eye on spending!", "P.S. Every bit counts since {you}."],
)

_kind(
    "shift", group="schedule", topic="shift work", domain="fitness", split="holdout",
    values=[
        dict(val="night shifts", me="I work night shifts, 10pm to 6am", you="you work night shifts",
             mem="User works night shifts (10pm–6am)", gym="mid-afternoon after you wake, around 3–4pm"),
        dict(val="early shifts", me="I work early shifts, 5am to 1pm", you="you work early shifts",
             mem="User works early shifts (5am–1pm)", gym="straight after your shift, around 2pm"),
        dict(val="12-hour shifts", me="I do 12-hour shifts, four on, four off", you="you work 12-hour shifts, four on four off",
             mem="User works 12-hour shifts (4 on / 4 off)", gym="on your four days off, skipping shift days"),
    ],
    tell=["Work schedule: {me}.", "For context, {me}.", "Heads up, {me}."],
    asks=[
        dict(q=["When's the best time for me to go to the gym?", "When should I schedule my workouts?"],
             good=["Since {you}, I'd go {gym}.", "Given {you}: {gym}."],
             bad=["First thing in the morning, around 6–7am, is ideal.", "Right after work, around 6pm."],
             reask=["What does your work schedule look like?"]),
    ],
    drag=["And get some sleep — {you}!", "P.S. Since {you}, stay hydrated."],
)


# --------------------------------------------------------------------------------------------------------------
# Unrelated tasks (fillers, distraction bases, confusion bases). sens = kinds that would make the task
# personal (if the user has one of these kinds, the task is not used as a neutral filler for them).
# --------------------------------------------------------------------------------------------------------------

TASKS = [
    dict(domain="food", sens={"diet", "allergy"}, topic="boiling a jammy egg",
         q=["How long should I boil an egg for a jammy yolk?", "Jammy eggs — how many minutes?"],
         a="About 6½ minutes from boiling, then straight into ice water for 2 minutes."),
    dict(domain="food", sens=set(), topic="keeping basil fresh",
         q=["How do I keep fresh basil from wilting?", "My basil always dies in the fridge, help?"],
         a="Treat it like flowers: trim the stems, stand it in a glass of water on the counter, and keep it out of the fridge."),
    dict(domain="food", sens={"diet", "allergy"}, topic="a buttermilk substitute",
         q=["What can I use instead of buttermilk in pancakes?", "Out of buttermilk — substitute?"],
         a="Stir 1 tablespoon of lemon juice or vinegar into a cup of milk and let it sit for 5 minutes."),
    dict(domain="food", sens=set(), topic="fluffy rice",
         q=["How do I stop my rice going mushy?", "Why is my rice always sticky and wet?"],
         a="Rinse it until the water runs clear, use a bit less water (about 1:1.25 for long-grain), and let it rest covered for 10 minutes off the heat."),
    dict(domain="food", sens=set(), topic="storing cut avocado",
         q=["Best way to store half an avocado?", "How do I stop a cut avocado going brown?"],
         a="Keep the stone in, brush the cut side with lemon juice, wrap tightly and refrigerate — it'll keep a day."),
    dict(domain="coding", sens=set(), topic="reversing a list in Python",
         q=["How do I reverse a list in Python?", "Python: reverse a list?"],
         a="Use `my_list.reverse()` to reverse in place, or `my_list[::-1]` to get a reversed copy."),
    dict(domain="coding", sens=set(), topic="git merge vs rebase",
         q=["What's the difference between git merge and git rebase?", "Merge or rebase — what's the difference?"],
         a="Merge keeps history as it happened and adds a merge commit; rebase replays your commits on top of the other branch for a linear history. Don't rebase commits others already pulled."),
    dict(domain="coding", sens=set(), topic="centering a div",
         q=["How do I center a div with flexbox?", "CSS: center something horizontally and vertically?"],
         a="On the parent: `display: flex; justify-content: center; align-items: center;` (and give it a height)."),
    dict(domain="coding", sens=set(), topic="a ZIP code regex",
         q=["Regex for a 5-digit US ZIP code?", "What regex matches a US zip code?"],
         a="`^\\d{5}(-\\d{4})?$` — five digits, optionally followed by a dash and four more."),
    dict(domain="coding", sens=set(), topic="counting rows per category in SQL",
         q=["SQL question: how do I count rows per category?", "How do I get counts grouped by a column in SQL?"],
         a="`SELECT category, COUNT(*) FROM items GROUP BY category ORDER BY COUNT(*) DESC;`"),
    dict(domain="coding", sens=set(), topic="HTTP 429",
         q=["What does HTTP 429 mean?", "Getting a 429 from an API, what is that?"],
         a="429 Too Many Requests: you're rate-limited. Back off and retry after the `Retry-After` header's delay."),
    dict(domain="travel", sens=set(), topic="packing for a business trip",
         q=["What should I pack for a 3-day business trip?", "Packing list for a short work trip?"],
         a="Two outfits that mix and match, one pair of smart shoes, chargers, a travel adapter, toiletries in a clear bag, and a light layer for the plane."),
    dict(domain="travel", sens={"shift"}, topic="beating jet lag",
         q=["Any tips for beating jet lag?", "How do I deal with jet lag?"],
         a="Shift your sleep an hour a day before you go, get daylight in the morning at your destination, and avoid long naps on day one."),
    dict(domain="travel", sens=set(), topic="currency exchange",
         q=["Should I exchange currency before I travel or just use my card?", "Cash or card abroad?"],
         a="Usually a no-fee card is cheapest; always pay in the local currency when asked. Keep a little cash for small places."),
    dict(domain="travel", sens=set(), topic="booking European trains",
         q=["How early should I book train tickets in Europe?", "When do cheap train tickets usually go on sale?"],
         a="Many operators open sales 3–6 months ahead; the cheapest fares go first, so book as soon as your dates are fixed."),
    dict(domain="fitness", sens={"injury"}, topic="stretching hamstrings",
         q=["What's a good stretch for tight hamstrings?", "My hamstrings are super tight, any stretch?"],
         a="Try a standing hamstring stretch with a flat back, or lie on your back and loop a towel around your foot — 30–45 seconds each side."),
    dict(domain="fitness", sens={"injury", "workout", "shift"}, topic="rest days",
         q=["How many rest days should a beginner take?", "Do I need rest days?"],
         a="Two or three a week is a good start; active rest like walking counts."),
    dict(domain="finance", sens=set(), topic="Roth vs traditional IRA",
         q=["What's the difference between a Roth IRA and a traditional IRA?", "Roth vs traditional IRA?"],
         a="Traditional: tax deduction now, taxed on withdrawal. Roth: pay tax now, qualified withdrawals are tax-free."),
    dict(domain="finance", sens=set(), topic="compound interest",
         q=["How does compound interest work, simply?", "Explain compound interest like I'm five."],
         a="You earn interest on your interest: €1,000 at 5% becomes €1,050, then 5% of €1,050, and so on — growth speeds up over time."),
    dict(domain="finance", sens={"savings"}, topic="the 50/30/20 rule",
         q=["What's the 50/30/20 budgeting rule?", "Explain the 50 30 20 budget."],
         a="50% of take-home pay on needs, 30% on wants, 20% on savings and debt repayment."),
    dict(domain="language", sens=set(), topic="ser vs estar",
         q=["What's the difference between 'ser' and 'estar' in Spanish?", "Ser vs estar?"],
         a="'Ser' is for identity and lasting traits (soy alto); 'estar' is for states and locations (estoy cansado, estoy en casa)."),
    dict(domain="language", sens={"language"}, topic="memorising vocabulary",
         q=["Tips for memorising vocabulary?", "How do I remember new words better?"],
         a="Spaced repetition (Anki), learning words in sentences rather than lists, and using new words within 24 hours."),
    dict(domain="language", sens=set(), topic="'nice to meet you' in Japanese",
         q=["How do I say 'nice to meet you' in Japanese?"],
         a="はじめまして (hajimemashite), often followed by よろしくお願いします (yoroshiku onegaishimasu)."),
    dict(domain="shopping", sens={"injury"}, topic="choosing a mattress",
         q=["What should I look for in a good mattress?", "Mattress shopping tips?"],
         a="Medium-firm suits most people; look for a long trial period (100+ nights), and check edge support and return costs."),
    dict(domain="shopping", sens={"units"}, topic="air fryers",
         q=["Is an air fryer worth it?", "Air fryer: gimmick or worth buying?"],
         a="If you cook for one or two and like crispy things fast, yes. A 4–5 litre basket model is the sweet spot."),
    dict(domain="shopping", sens=set(), topic="checking a used bike",
         q=["How do I check a used bike before buying?", "Buying a second-hand bike, what do I check?"],
         a="Check the frame for cracks, spin the wheels for wobble, test the brakes, and look at chain and cassette wear."),
    dict(domain="health", sens={"medication"}, topic="preparing for a blood test",
         q=["How do I prepare for a fasting blood test?", "Blood test tomorrow, fasting — what do I do?"],
         a="Usually nothing but water for 8–12 hours beforehand; keep drinking water, and ask the clinic about any medications."),
    dict(domain="health", sens={"units"}, topic="daily water intake",
         q=["How much water should I drink a day?", "Am I drinking enough water?"],
         a="Roughly 1.5–2 litres for most adults, more if it's hot or you exercise; pale yellow urine is a good guide."),
    dict(domain="health", sens={"shift"}, topic="sleeping better",
         q=["How can I sleep better?", "Any tips for falling asleep faster?"],
         a="Same wake-up time every day, a dark cool room, no screens for 30 minutes before bed, and caffeine only before noon."),
    dict(domain="health", sens={"injury"}, topic="a first physio appointment",
         q=["What should I ask at my first physio appointment?"],
         a="Ask what's causing the problem, what to avoid, which exercises to do at home, and how you'll measure progress."),
    dict(domain="home", sens=set(), topic="getting rid of fruit flies",
         q=["How do I get rid of fruit flies?", "Fruit flies everywhere in my kitchen, help!"],
         a="Set a trap: a jar with apple cider vinegar and a drop of dish soap. Remove overripe fruit and clean the drain."),
    dict(domain="home", sens=set(), topic="watering a snake plant",
         q=["How often should I water a snake plant?", "Snake plant watering schedule?"],
         a="Every 2–3 weeks, only when the soil is completely dry; even less in winter."),
    dict(domain="home", sens=set(), topic="unclogging a drain",
         q=["How do I unclog a drain without chemicals?", "Slow drain, no drain cleaner — ideas?"],
         a="Pour boiling water, then half a cup of baking soda and a cup of vinegar; wait 15 minutes and flush with hot water. A drain snake helps for hair."),
    dict(domain="home", sens=set(), topic="red wine stains",
         q=["How do I get red wine out of carpet?", "Spilled red wine on the rug!"],
         a="Blot (don't rub), then dab with cold water and a little dish soap, or cover with salt to draw it out before vacuuming."),
    dict(domain="work", sens=set(), topic="declining a meeting",
         q=["Can you help me write a polite email declining a meeting?", "How do I say no to a meeting politely?"],
         a="\"Thanks for the invite — I won't be able to join this one. Could you share notes afterwards, or let me know if there's anything you need from me beforehand?\""),
    dict(domain="work", sens={"job"}, topic="asking for a raise",
         q=["How do I ask my manager for a raise?", "Tips for negotiating a pay rise?"],
         a="Book a dedicated meeting, bring concrete results and market data, name a specific number, and ask what it would take if the answer is no."),
    dict(domain="general", sens=set(), topic="phone battery life",
         q=["How do I make my phone battery last longer?", "My phone dies by 3pm, tips?"],
         a="Lower screen brightness, turn off background refresh for apps you don't need, and use dark mode on an OLED screen."),
    dict(domain="general", sens=set(), topic="starting a journal",
         q=["What's a good way to start journaling?", "I want to start a journal but never stick with it."],
         a="Start tiny: three lines a day at the same time — what happened, how you felt, one thing you're grateful for."),
    dict(domain="general", sens=set(), topic="naming a book club",
         q=["Can you suggest a name for our book club?", "Need a fun book club name."],
         a="A few: \"Novel Idea\", \"Spine Tinglers\", \"Chapter & Verse\", \"The Overdue Society\"."),
    dict(domain="general", sens={"units"}, topic="converting miles to km",
         q=["What's 5 miles in km?", "Convert 5 miles to kilometres?"],
         a="5 miles is about 8.05 km."),
]

SMALLTALK = [
    ("Rainy day here, ugh.", "User mentioned it was raining", "it was raining where you are"),
    ("Long day at work.", "User said they had a long day at work", "you had a long day at work"),
    ("Just got back from a walk.", "User had just been for a walk", "you'd just been for a walk"),
    ("My neighbour is drilling again...", "User's neighbour is doing noisy renovations", "your neighbour is renovating"),
    ("On my second coffee already.", "User drinks a lot of coffee", "you drink a lot of coffee"),
    ("Finally Friday!", "User was happy it was Friday", "you were glad it was Friday"),
    ("Watching The Bear at the moment, so good.", "User is watching The Bear", "you're watching The Bear"),
    ("Just finished a 1000-piece puzzle lol.", "User likes jigsaw puzzles", "you like jigsaw puzzles"),
    ("My sister is visiting this weekend.", "User's sister visited for a weekend", "your sister was visiting"),
    ("Can't sleep.", "User had trouble sleeping one night", "you had trouble sleeping"),
    ("On the train right now.", "User sometimes chats from the train", "you were on a train"),
    ("Spilled coffee on my keyboard earlier, great start.", "User spilled coffee on their keyboard", "you spilled coffee on your keyboard"),
    ("It's my day off!", "User had a day off", "you had a day off"),
    ("Reading a great thriller right now.", "User enjoys thrillers", "you enjoy thrillers"),
    ("Had a lovely brunch earlier.", "User went out for brunch", "you went out for brunch"),
    ("My plant finally flowered!", "User's houseplant flowered", "your houseplant flowered"),
    ("Power cut earlier, annoying.", "User had a power cut", "you had a power cut"),
    ("Just back from the dentist, numb face.", "User went to the dentist recently", "you went to the dentist"),
]

# Low-value notes a chatty memory system accumulates (content, second-person paraphrase).
TRIVIA = [
    ("User prefers dark mode", "you prefer dark mode"),
    ("User once asked for a synonym of 'happy'", "you once asked for a synonym of 'happy'"),
    ("User likes the colour teal", "you like the colour teal"),
    ("User's favourite season is autumn", "your favourite season is autumn"),
    ("User was curious how rainbows form", "you were curious how rainbows form"),
    ("User thinks pineapple on pizza is fine", "you think pineapple on pizza is fine"),
    ("User listened to a true-crime podcast on a commute", "you listened to a true-crime podcast"),
    ("User asked what day of the week 1 January 2000 was", "you asked what weekday 1 January 2000 was"),
    ("User has a standing desk", "you have a standing desk"),
    ("User's phone screen is cracked", "your phone screen is cracked"),
    ("User mentioned their favourite film is Paddington 2", "your favourite film is Paddington 2"),
    ("User once asked how long light takes to reach Earth from the Sun", "you asked about sunlight travel time"),
    ("User said they were bad at remembering birthdays", "you're bad at remembering birthdays"),
    ("User tried a sourdough starter once", "you tried a sourdough starter once"),
    ("User's laptop fan is loud", "your laptop fan is loud"),
    ("User asked for a fun fact about octopuses", "you asked for a fun fact about octopuses"),
    ("User likes crosswords on Sundays", "you like Sunday crosswords"),
    ("User was thinking about repainting the hallway", "you were thinking of repainting the hallway"),
    ("User enjoys lo-fi music while working", "you enjoy lo-fi music while working"),
    ("User once asked for a haiku about Mondays", "you asked for a haiku about Mondays"),
    ("User's favourite biscuit is a custard cream", "your favourite biscuit is a custard cream"),
    ("User had a cold in early spring", "you had a cold in early spring"),
    ("User asked how to pronounce 'quinoa'", "you asked how to pronounce 'quinoa'"),
    ("User's commute is about 25 minutes", "your commute is about 25 minutes"),
    ("User keeps forgetting their umbrella", "you keep forgetting your umbrella"),
    ("User wants to read more non-fiction", "you want to read more non-fiction"),
    ("User asked about the rules of pickleball", "you asked about pickleball rules"),
    ("User likes their coffee with oat milk", "you like oat milk in your coffee"),
    ("User's birthday month is unknown — they declined to say", "you declined to share your birthday"),
    ("User finds spreadsheets relaxing", "you find spreadsheets relaxing"),
]

# --------------------------------------------------------------------------------------------------------------
# Poisoning templates: the assistant gets something wrong, the user corrects it, but the wrong version is
# written to memory (source = the wrong assistant message). `slots` lists alternative fills.
# --------------------------------------------------------------------------------------------------------------

POISONS = [
    dict(key="flight_date", domain="travel", slots=[
        dict(city="Lisbon", month="March", d="12", w="21"), dict(city="Tokyo", month="April", d="3", w="13"),
        dict(city="Reykjavik", month="June", d="14", w="4"), dict(city="Mexico City", month="September", d="18", w="8"),
        dict(city="Athens", month="May", d="6", w="16")],
        setup="My flight to {city} is on {month} {d}. What do I need to do before then?",
        wrong="Since your flight to {city} is on {month} {w}, check in online 24 hours before and make sure your passport is valid.",
        correct=["No, that's wrong — it's {month} {d}, not {w}.", "Wait, it's {month} {d}, not {month} {w}!", "Hmm no. {month} {d}."],
        fix="{month} {d} it is — check in online the day before.",
        mem_wrong="User's flight to {city} is on {month} {w}", mem_right="User's flight to {city} is on {month} {d}",
        later_q=["How early should I get to the airport for my {city} flight?", "Can you help me plan the week before my {city} trip?"],
        later_wrong=["Your {city} flight is on {month} {w}, so aim to be at the airport 2–3 hours before departure that day.",
                     "Sure! You fly on {month} {w}, so start packing a couple of days before and check in online 24 hours ahead."],
        later_right=["Your {city} flight is on {month} {d} — be at the airport 2–3 hours before departure.",
                     "Sure — flying {month} {d}, so pack two days before and check in online the day before."],
        react=["It's {month} {d}! I corrected this already.", "Not {month} {w} — {month} {d}. Again."],
        correction="The flight is on {month} {d}"),
    dict(key="allergy_mixup", domain="food", group="food", slots=[
        dict(real="tree nuts", fake="peanuts", fine="peanuts", bad_snack="almonds or cashews"),
        dict(real="shellfish", fake="fish", fine="fish", bad_snack="garlic prawns or crab cakes"),
        dict(real="sesame", fake="poppy seeds", fine="poppy seeds", bad_snack="sesame bagels or tahini dip")],
        setup="I'm allergic to {real}, but {fine} are totally fine for me.",
        wrong="Got it — {fake} allergy noted. I'll avoid {fake} in any suggestions.",
        correct=["No, that's backwards. {real} is the allergy, {fine} are fine.", "That's wrong — I'm allergic to {real}, NOT {fake}."],
        fix="allergic to {real}; {fine} are fine.",
        mem_wrong="User is allergic to {fake}", mem_right="User is allergic to {real} ({fine} are fine)",
        later_q=["Any good snack ideas for the office?", "What should I order for a team lunch platter?"],
        later_wrong=["Since you're allergic to {fake}, skip those — try {bad_snack} instead!",
                     "Avoiding {fake} because of your allergy, I'd go with {bad_snack}."],
        later_right=["Avoiding {real}: fruit, cheese and crackers, or veggie crisps are safe picks.",
                     "Keeping clear of {real}, a sandwich platter with fruit works well."],
        react=["I'm NOT allergic to {fake}, it's {real}! Those suggestions could actually hurt me.",
               "Wrong allergy again — {real}, not {fake}."],
        correction="User is allergic to {real}, not {fake}"),
    dict(key="dict_get", domain="coding", slots=[dict(x="")],
        setup="Quick check: does dict.get raise a KeyError if the key is missing?",
        wrong="Yes — dict.get raises KeyError when the key is missing, so wrap it in try/except.",
        correct=["That's not right, I just tested it — it returns None (or the default you pass).",
                 "Pretty sure that's wrong, it returns None."],
        fix="dict.get returns None, or the default you pass, when the key is missing.",
        mem_wrong="User was told dict.get raises KeyError on missing keys", mem_right="User knows dict.get returns None/default for missing keys",
        later_q=["How should I safely read an optional key from a config dict?", "Best way to handle a missing key in a Python dict?"],
        later_wrong=["Since dict.get raises KeyError on missing keys, wrap it: `try: v = cfg['key'] except KeyError: v = None`.",
                     "Remember dict.get throws KeyError, so check `if 'key' in cfg` first."],
        later_right=["Use `cfg.get('key', default)` — it returns the default instead of raising.",
                     "`cfg.get('key')` returns None if it's missing, or pass a default as the second argument."],
        react=["dict.get does NOT raise KeyError. We went through this.", "Again: .get returns None!"],
        correction="dict.get returns None (or the default) for missing keys"),
    dict(key="embarazada", domain="language", slots=[dict(x="")],
        setup="What does 'embarazada' mean in Spanish? I think it's 'pregnant'?",
        wrong="Close, but no — 'embarazada' means 'embarrassed'.",
        correct=["No, it definitely means pregnant. 'Embarrassed' is 'avergonzado/a'.", "That's a classic false friend — it means pregnant."],
        fix="'embarazada' means pregnant; 'embarrassed' is 'avergonzada'.",
        mem_wrong="User learned: 'embarazada' means embarrassed", mem_right="User learned: 'embarazada' means pregnant (false friend)",
        later_q=["How do I say 'I'm so embarrassed' in Spanish?", "Help me write 'sorry, I'm embarrassed' in Spanish."],
        later_wrong=["You'd say '¡Estoy muy embarazada!'", "'Lo siento, estoy embarazada.'"],
        later_right=["You'd say '¡Qué vergüenza!' or 'Estoy muy avergonzada.'", "'Lo siento, estoy avergonzada.'"],
        react=["NO. That means I'm pregnant. We went over this!", "That's the false friend again!"],
        correction="'Embarazada' means pregnant; use 'avergonzada' for embarrassed"),
    dict(key="maedchen", domain="language", slots=[dict(x="")],
        setup="Is 'Mädchen' feminine in German?",
        wrong="Yes, it's 'die Mädchen' — feminine, since it refers to a girl.",
        correct=["My textbook says it's 'das Mädchen' — neuter, because of the -chen ending.", "Nope, das Mädchen. Neuter."],
        fix="'das Mädchen' — all -chen nouns are neuter.",
        mem_wrong="User learned: Mädchen is feminine (die Mädchen)", mem_right="User learned: das Mädchen is neuter (-chen nouns)",
        later_q=["Can you check my sentence: 'Die Mädchen spielt im Garten.'", "Is 'die Mädchen liest' correct German?"],
        later_wrong=["Looks good! 'Die Mädchen' is right since Mädchen is feminine.", "Correct — die Mädchen, feminine singular."],
        later_right=["Almost: it's 'Das Mädchen spielt im Garten' — Mädchen is neuter.", "Should be 'das Mädchen liest' (neuter)."],
        react=["It's DAS Mädchen. I corrected you on this already.", "Neuter! das!"],
        correction="das Mädchen (neuter)"),
    dict(key="chicken_temp", domain="food", slots=[dict(x="")],
        setup="What internal temperature should cooked chicken reach?",
        wrong="145°F (63°C) is enough for chicken.",
        correct=["That's wrong — it's 165°F / 74°C for poultry. 145 is for pork.", "No, poultry is 165°F."],
        fix="poultry needs 165°F (74°C); 145°F is for pork and fish.",
        mem_wrong="Safe temperature for chicken: 145°F (63°C)", mem_right="Safe temperature for chicken: 165°F (74°C)",
        later_q=["I'm roasting a whole chicken tonight, how do I know it's done?", "Grilling chicken thighs — what temp do I pull them at?"],
        later_wrong=["Use a thermometer in the thickest part — once it reads 145°F (63°C), it's done.",
                     "Pull them at 145°F and let them rest."],
        later_right=["Thermometer in the thickest part of the thigh: 165°F (74°C) and it's done.",
                     "Pull at 165°F (74°C) — thighs are forgiving, even a bit higher is fine."],
        react=["165! Not 145. That's a food poisoning risk.", "I corrected this before — poultry is 165°F."],
        correction="Chicken must reach 165°F / 74°C"),
    dict(key="appointment_day", domain="health", slots=[
        dict(appt="dentist", day="Tuesday", wday="Thursday", time="3:30pm"), dict(appt="physio", day="Monday", wday="Wednesday", time="9:15am"),
        dict(appt="dermatologist", day="Friday", wday="Saturday", time="11:00am"), dict(appt="eye test", day="Wednesday", wday="Monday", time="4:45pm")],
        setup="My {appt} appointment is {day} at {time}, please remember that.",
        wrong="Noted: {appt} on {wday} at {time}.",
        correct=["No — {day}, not {wday}.", "It's {day}!", "Wrong day, it's {day} at {time}."],
        fix="{appt} on {day} at {time}.",
        mem_wrong="User's {appt} appointment is {wday} at {time}", mem_right="User's {appt} appointment is {day} at {time}",
        later_q=["What's on my calendar this week, anything health-related?", "Can I book a haircut this week without clashing with my appointments?"],
        later_wrong=["You've got the {appt} on {wday} at {time}.", "Sure — just avoid {wday} at {time}, that's your {appt}."],
        later_right=["You've got the {appt} on {day} at {time}.", "Sure — just avoid {day} at {time}, that's your {appt}."],
        react=["{day}!! Not {wday}. How many times...", "I told you it's {day}."],
        correction="The {appt} appointment is on {day} at {time}"),
    dict(key="partner_name", domain="family", group="partner", slots=[
        dict(n="Sasha", w="Sam"), dict(n="Aoife", w="Eva"), dict(n="Marek", w="Mark"), dict(n="Lena", w="Lina"), dict(n="Joaquín", w="Joaquim")],
        setup="My partner's name is {n} — we're planning a trip for {n}'s birthday.",
        wrong="How lovely! {w} will love a birthday trip. Where are you thinking?",
        correct=["It's {n}, not {w}.", "{n}! Not {w}.", "Their name is {n} 🙂"],
        fix="{n} — sorry!",
        mem_wrong="User's partner is called {w}", mem_right="User's partner is called {n}",
        later_q=["Can you help me write a birthday card for my partner?", "Write a sweet short message for my partner, it's our anniversary."],
        later_wrong=["Dear {w}, happy birthday to my favourite person — here's to another year of adventures together!",
                     "\"{w}, every year with you is better than the last. Happy anniversary!\""],
        later_right=["Dear {n}, happy birthday to my favourite person — here's to another year of adventures together!",
                     "\"{n}, every year with you is better than the last. Happy anniversary!\""],
        react=["{n}!!! Their name is {n}.", "Wrong name again. It's {n}."],
        correction="Partner's name is {n}"),
    dict(key="deadlift_pr", domain="fitness", slots=[
        dict(x="104", w="140", w75="105"), dict(x="85", w="58", w75="44"), dict(x="120", w="210", w75="158")],
        setup="My deadlift PR is {x} kg, I want a plan to get past it.",
        wrong="Nice — with a {w} kg PR, let's build a 6-week block.",
        correct=["It's {x} kg, not {w}.", "No, {x}. I wish it were {w} lol."],
        fix="with a {x} kg PR, here's the block.",
        mem_wrong="User's deadlift PR is {w} kg", mem_right="User's deadlift PR is {x} kg",
        later_q=["What weight should I use for my deadlift sets this week?", "How heavy should my deadlift working sets be?"],
        later_wrong=["Based on your {w} kg max, work sets at 75% would be around {w75} kg.", "Go with about {w75} kg (75% of your {w} kg PR)."],
        later_right=["Based on your {x} kg PR, working sets at 75% would be about 78 kg.", "Around 75% of {x} kg — call it 78 kg."],
        react=["My PR is {x}, not {w}! That would wreck my back.", "Wrong number again, it's {x}."],
        correction="Deadlift PR is {x} kg"),
    dict(key="rent", domain="finance", slots=[
        dict(r="€1,150", w="€1,450"), dict(r="$1,800", w="$2,100"), dict(r="£950", w="£1,250")],
        setup="My rent is {r} a month, can you help me put together a budget?",
        wrong="Sure! With rent at {w}, let's start with your fixed costs.",
        correct=["Rent is {r}, not {w}.", "No, {r}!"],
        fix="rent at {r}, then.",
        mem_wrong="User's rent is {w}/month", mem_right="User's rent is {r}/month",
        later_q=["Can I afford a 300/month car lease?", "Is there room in my budget for a gym membership?"],
        later_wrong=["With your rent at {w}, that would be tight — I'd hold off.", "Your rent is {w}, so it depends on what's left after bills."],
        later_right=["With your rent at {r}, you'd have room if your other bills stay as they are.", "Rent's {r}, so yes, probably."],
        react=["Rent is {r}. I corrected you already.", "Not {w}!"],
        correction="Rent is {r} per month"),
    dict(key="airport_code", domain="travel", split="dev", slots=[
        dict(c="Lisbon", code="LIS", w="LIX"), dict(c="Porto", code="OPO", w="POR"), dict(c="Reykjavik", code="KEF", w="REK"),
        dict(c="Kraków", code="KRK", w="KRA")],
        setup="I'm flying into {c} — the airport code is {code}, right?",
        wrong="Actually, {c}'s airport code is {w}.",
        correct=["No, it's {code}. I'm looking at my ticket.", "It's definitely {code}."],
        fix="{code} is right.",
        mem_wrong="{c} airport code is {w}", mem_right="{c} airport code is {code}",
        later_q=["What code do I put for the airport when booking my {c} shuttle?", "Which airport code for my {c} arrival?"],
        later_wrong=["Use {w} for {c}.", "Enter {w} as the arrival airport."],
        later_right=["Use {code} for {c}.", "Enter {code} as the arrival airport."],
        react=["It's {code}! We did this.", "{w} doesn't exist, it's {code}."],
        correction="{c} airport code is {code}"),
    dict(key="git_reset", domain="coding", slots=[dict(x="")],
        setup="Does `git reset --soft HEAD~1` keep my changes?",
        wrong="No — `git reset --soft HEAD~1` discards the last commit's changes completely.",
        correct=["Pretty sure --soft keeps them staged; --hard is the one that discards.", "That's wrong, soft keeps everything staged."],
        fix="`--soft` keeps the changes staged; `--hard` throws them away.",
        mem_wrong="User was told git reset --soft discards changes", mem_right="User knows git reset --soft keeps changes staged",
        later_q=["I committed to the wrong branch, how do I undo the commit but keep my work?", "Undo my last commit but keep the code?"],
        later_wrong=["Careful — `git reset --soft` discards your changes, so copy your files somewhere first, then `git reset --hard HEAD~1`.",
                     "Don't use --soft, it loses your work. Stash first, then reset --hard."],
        later_right=["`git reset --soft HEAD~1` — the commit is undone and your changes stay staged.",
                     "Use `git reset --soft HEAD~1`, then switch branches and commit there."],
        react=["--soft does NOT discard changes. Stop saying that.", "We covered this — soft keeps the changes."],
        correction="git reset --soft keeps changes staged"),
    dict(key="shoe_size", domain="shopping", slots=[
        dict(s="42 EU", w="44 EU"), dict(s="UK 6", w="UK 8"), dict(s="US 10.5", w="US 11.5")],
        setup="I'm a size {s} in running shoes, can you keep that in mind?",
        wrong="Got it, size {w}.",
        correct=["{s}, not {w}.", "No — {s}!"],
        fix="size {s}.",
        mem_wrong="User's shoe size is {w}", mem_right="User's shoe size is {s}",
        later_q=["Can you find me trail running shoes on sale?", "Any good deals on running shoes right now?"],
        later_wrong=["Here are a few deals in your size ({w}): Brooks Cascadia, Salomon Speedcross, Hoka Speedgoat.",
                     "In {w}: the Saucony Peregrine is 30% off right now."],
        later_right=["Here are a few deals in your size ({s}): Brooks Cascadia, Salomon Speedcross, Hoka Speedgoat.",
                     "In {s}: the Saucony Peregrine is 30% off right now."],
        react=["{s}! Not {w}.", "Wrong size again."],
        correction="Shoe size is {s}"),
    dict(key="pet_species", domain="home", group="pet", slots=[dict(n="Mochi"), dict(n="Pickle"), dict(n="Bao")],
        setup="My dog {n} hates thunderstorms. Any tips?",
        wrong="Poor {n}! Lots of cats get anxious in storms — give her a hiding spot up high.",
        correct=["{n} is a dog!", "Dog, not cat 😅"],
        fix="for a dog: a cosy den, a thundershirt and some background noise help.",
        mem_wrong="User has a cat named {n}", mem_right="User has a dog named {n} (scared of thunderstorms)",
        later_q=["{n} needs a new bed, any recommendations?", "What toys would keep {n} busy while I work?"],
        later_wrong=["For a cat like {n}, a covered cat-cave bed is great.", "Cats like {n} love feather wands and laser pointers."],
        later_right=["For a dog like {n}, a bolster bed with a washable cover is great.", "A Kong stuffed with frozen treats keeps dogs like {n} busy."],
        react=["{n} is a DOG.", "Again, not a cat!"],
        correction="{n} is a dog"),
    dict(key="metformin_freq", domain="health", group="health", split="holdout", slots=[
        dict(m="metformin", f="once a day with dinner", w="twice a day, with breakfast and dinner"),
        dict(m="vitamin D", f="once a week on Sundays", w="every morning")],
        setup="I take {m} {f}.",
        wrong="Noted: {m} {w}.",
        correct=["No, {f}.", "That's not what I said — {f}."],
        fix="{m} {f}.",
        mem_wrong="User takes {m} {w}", mem_right="User takes {m} {f}",
        later_q=["Can you remind me of my medication routine?", "Set up a reminder for my pills?"],
        later_wrong=["You take {m} {w}.", "Sure — reminders for {m} {w}."],
        later_right=["You take {m} {f}.", "Sure — a reminder for {m} {f}."],
        react=["{f_cap}! I've told you this.", "Wrong again."],
        correction="{m}: {f}"),
    dict(key="oven_type", domain="food", group="oven", split="holdout", slots=[dict(x="")],
        setup="My oven is a conventional one, no fan.",
        wrong="Got it — with your fan oven, remember to reduce temperatures by 20°C.",
        correct=["No fan! Conventional.", "I said NO fan."],
        fix="conventional oven, no adjustment needed.",
        mem_wrong="User has a fan oven", mem_right="User has a conventional oven (no fan)",
        later_q=["Temperature for baking banana bread?", "What temperature for a tray of brownies?"],
        later_wrong=["Since you have a fan oven, 160°C.", "Fan oven, so 160°C for about 25 minutes."],
        later_right=["For a conventional oven, 180°C.", "Conventional oven: 180°C for about 25 minutes."],
        react=["It's not a fan oven!", "Conventional. I corrected this."],
        correction="Conventional oven, no fan"),
    dict(key="isa_limit", domain="finance", split="holdout", slots=[dict(x="")],
        setup="The ISA allowance is £20,000 a year, right?",
        wrong="No, it's £12,000 a year.",
        correct=["I'm pretty sure it's £20,000, that's what the gov.uk page says.", "No, it's £20k."],
        fix="it's £20,000 a year.",
        mem_wrong="ISA allowance is £12,000/year (told to user)", mem_right="ISA allowance is £20,000/year",
        later_q=["I've got £15,000 to put into my ISA this tax year, is that allowed?", "How much more can I put in my ISA if I've done £8k?"],
        later_wrong=["The ISA allowance is £12,000, so you can only put in £12,000.", "You've got £4,000 left of the £12,000 allowance."],
        later_right=["Yes — the allowance is £20,000, so £15,000 is fine.", "You've got £12,000 left of the £20,000 allowance."],
        react=["It's £20,000! Check gov.uk.", "Wrong allowance again."],
        correction="ISA allowance is £20,000"),
    dict(key="passport_expiry", domain="travel", split="holdout", slots=[dict(y="2031", w="2021"), dict(y="2030", w="2020")],
        setup="My passport expires in May {y}, just so you know.",
        wrong="Thanks — since your passport expired in May {w}, you'll need to renew before any trip.",
        correct=["{y}, not {w}!", "It's valid until {y}."],
        fix="valid until May {y}, no rush.",
        mem_wrong="User's passport expired in May {w}", mem_right="User's passport expires May {y}",
        later_q=["Do I need to do anything before my trip to Canada next summer?", "Anything to sort out before flying to Japan next year?"],
        later_wrong=["First, renew your passport — it expired in May {w}.", "Your passport expired in {w}, so start there."],
        later_right=["Your passport's valid until {y}, so just apply for the eTA/visa and book insurance.", "Passport is fine until {y}; check entry rules and book insurance."],
        react=["My passport is valid until {y}!", "It did NOT expire."],
        correction="Passport expires May {y}"),
]

# --------------------------------------------------------------------------------------------------------------
# Negative single-step episodes
# --------------------------------------------------------------------------------------------------------------

TYPOS = [
    dict(u1="Book me a table for 4 on Thursday at 7pm?", a1="Sure — a table for 4 on Thursday at 7pm. Any cuisine in mind?",
         u2="Oops, typo — I meant Tuesday, not Thursday.", a2="No problem — Tuesday at 7pm for 4. Any cuisine in mind?",
         mem1="User wants a table for 4 on Thursday 7pm", mem2="User wants a table for 4 on Tuesday 7pm"),
    dict(u1="Set my weekly running goal to 50 km.", a1="Done — weekly goal set to 50 km.",
         u2="Wait, sorry, I meant 15 km. Fat fingers.", a2="Ha, fixed — 15 km per week. Much more manageable!",
         mem1="User's weekly running goal is 50 km", mem2="User's weekly running goal is 15 km"),
    dict(u1="Remind me to call my mum at 5:30.", a1="Reminder set for 5:30 to call your mum.",
         u2="Sorry, 6:30! Not 5:30.", a2="Updated — I'll remind you at 6:30.",
         mem1=None, mem2=None),
    dict(u1="What's the capital of Austrlia?", a1="The capital of Australia is Canberra (not Sydney, as many assume).",
         u2="*Australia lol, thanks", a2="Ha, I figured! Canberra it is.", mem1=None, mem2=None),
    dict(u1="I need flights for 2 adults to Madrid on the 14th.", a1="Got it — 2 adults to Madrid on the 14th. Morning or evening?",
         u2="Sorry, 3 adults. My brother's coming too.", a2="Updated to 3 adults. Morning or evening departure?",
         mem1=None, mem2=None),
    dict(u1="Can you review my Python funtion? `def add(a, b): return a+b`", a1="Looks fine! It returns the sum of a and b. You might add type hints: `def add(a: int, b: int) -> int`.",
         u2="*function, but thanks", a2="No worries — happy to review anything else.", mem1=None, mem2=None),
    dict(u1="How many grams is 2 cups of flour? Sorry I mean 3 cups.", a1="3 cups of all-purpose flour is about 375 g (125 g per cup).",
         u2="Perfect.", a2="Enjoy the baking!", mem1=None, mem2=None),
    dict(u1="My daughter's recital is on the 21st.", a1="Noted — recital on the 21st.",
         u2="Ugh, the 12th, I keep mixing those up.", a2="No problem, updated: the recital is on the 12th.",
         mem1="User's daughter's recital is on the 21st", mem2="User's daughter's recital is on the 12th"),
    dict(u1="Track 2,000 calories for today please — wait, 1,800.", a1="Logged 1,800 calories for today.",
         u2="Thanks!", a2="You're welcome!", mem1=None, mem2=None),
]

DISAGREE = [
    dict(q="Should I stretch before running?", a="Do a short dynamic warm-up (leg swings, walking lunges) before, and save static stretching for after.",
         u="I'm not sure I agree — I've always done static stretches before and felt fine.",
         a2="That's fair — if it works for you and you're not getting injured, there's no need to change. The evidence just slightly favours dynamic warm-ups."),
    dict(q="Is it worth paying off my mortgage early?", a="If your rate is low, investing the extra often comes out ahead, but paying it off gives a guaranteed return and peace of mind.",
         u="I'd rather keep the cash accessible, honestly. Not sure overpaying is for me.",
         a2="Totally reasonable — liquidity has real value. Building a solid cash buffer first is a great choice."),
    dict(q="Tabs or spaces?", a="Spaces are more common in most style guides (PEP 8 uses 4 spaces), but consistency within a project matters most.",
         u="Hmm, I actually prefer tabs for accessibility reasons.", a2="Good point — tabs let each person set their own width, which helps some people. Just keep the project consistent."),
    dict(q="Best way to learn vocabulary?", a="Spaced repetition apps like Anki are very efficient.",
         u="I find flashcards boring, I think reading works better for me.", a2="Fair — extensive reading works really well too, especially with slightly-too-hard books."),
    dict(q="Should I get the extended warranty on a new fridge?", a="Usually not — fridges rarely fail early and the standard warranty covers the first year or two.",
         u="My last fridge died at 18 months, so I'm a bit sceptical of that.", a2="That's understandable after a bad experience. If it gives you peace of mind and the price is low, it's not unreasonable."),
    dict(q="Is it better to book hotels directly?", a="Often yes — direct bookings can get you free perks or flexible cancellation.",
         u="In my experience the booking sites are always cheaper though.", a2="They often are on price alone — worth comparing both and asking the hotel to match."),
    dict(q="Should I learn React or Vue first?", a="React has the bigger job market, so it's a safe first pick.",
         u="I disagree a bit, Vue felt way more approachable when I tried it.", a2="That's a good reason — learning the one you enjoy is better than forcing it. The concepts transfer."),
    dict(q="Do I really need 8 hours of sleep?", a="Most adults need 7–9 hours; consistency matters as much as the total.",
         u="I feel fine on 6.5, to be honest.", a2="Some people genuinely do well on a bit less — if you feel rested and alert, that's a good sign."),
]

CLARIFY = [
    dict(q="Can you recommend a hotel for my trip?", a="Sure — where are you going, and roughly what's your budget per night?",
         u="Porto, around €120 a night.", a2="In Porto for around €120, look at the Ribeira area: Pestana Vintage Porto runs a bit over, Se Catedral Hotel and Moov Hotel Porto Centro are within budget."),
    dict(q="Help me pick a gift for my coworker.", a="Happy to! What's your budget, and do you know anything they're into?",
         u="About $30, she loves tea.", a2="A loose-leaf tea sampler and a nice infuser mug would be lovely and fit the budget."),
    dict(q="Can you make me a study plan?", a="Sure — what are you studying for, and how many weeks do you have?",
         u="AWS Solutions Architect exam, 6 weeks.", a2="Weeks 1–2: core services (EC2, S3, VPC, IAM). Weeks 3–4: architecture patterns and the well-architected framework. Week 5: practice exams. Week 6: review weak areas."),
    dict(q="What size TV should I get?", a="How far is your sofa from where the TV will go?", u="About 2.5 metres.",
         a2="At 2.5 m, a 55–65 inch TV is the sweet spot."),
    dict(q="Write me a cover letter.", a="Of course — which role and company is it for, and what's one achievement you'd like to highlight?",
         u="Junior data analyst at a logistics firm; I automated our weekly reporting.", a2="Here's an opening: \"I'm excited to apply for the Junior Data Analyst role — in my current job I automated our weekly reporting, saving the team about five hours a week...\""),
    dict(q="Plan a 3-day itinerary for me.", a="Love to — which city, and what are you into (food, museums, nightlife, nature)?",
         u="Copenhagen, mostly food and design.", a2="Day 1: Torvehallerne market and the Design Museum. Day 2: Nørrebro cafés and Superkilen. Day 3: Reffen street food and a harbour bath."),
    dict(q="How much should I tip?", a="Depends where you are — which country?", u="The US.", a2="In the US, 18–20% at sit-down restaurants is standard; $1–2 per drink at a bar."),
]

# --------------------------------------------------------------------------------------------------------------
# Bundles: many relevant memories at once (long but relevant context -> negative for confusion)
# --------------------------------------------------------------------------------------------------------------

BUNDLES = [
    dict(key="travel", groups={"travel"},
         intro="Let me give you my travel preferences so you don't have to ask every time: ",
         items=[("I always want an aisle seat", "User prefers aisle seats",
                 "you prefer aisle seats"),
                ("boutique hotels over big chains", "User prefers boutique hotels over chains",
                 "you prefer boutique hotels"),
                ("about €150 a night max for hotels", "User's hotel budget is about €150/night",
                 "your hotel budget is about €150 a night"),
                ("I love food markets", "User loves food markets when travelling",
                 "you love food markets"),
                ("no early starts, nothing before 9am", "User dislikes early starts (nothing before 9am) on trips",
                 "you hate early starts on trips"),
                ("trains over short flights where possible", "User prefers trains over short flights",
                 "you prefer trains over short flights"),
                ("I'm happy walking 15k steps a day", "User likes walking a lot on trips (15k steps/day)",
                 "you like walking a lot on trips"),
                ("I usually travel with my partner", "User usually travels with their partner",
                 "you usually travel with your partner")],
         ask=["Plan me a long weekend in {dest}.", "Can you put together 3 days in {dest} for us?"],
         dests=["Bologna", "Ghent", "Lyon", "Porto", "Valencia", "Edinburgh"],
         answer="Here's a plan for {dest}: take the train in if you can, and stay at a small boutique place near the centre (around €130–150/night). "
                "Day 1: late breakfast, then the central food market and a long walking loop of the old town. Day 2: nothing before 10am — a slow café start, "
                "a museum, and a dinner spot for two with a view. Day 3: another market, then wander the neighbourhoods on foot before the train home. "
                "When you book, grab aisle seats."),
    dict(key="meals", groups={"food", "shopping"},
         intro="OK, meal-planning context, please remember all of this: ",
         items=[("we're a family of four, two kids under ten", "User cooks for a family of four (two kids under 10)",
                 "you cook for a family of four"),
                ("grocery budget is about €120 a week", "User's grocery budget is ~€120/week",
                 "your grocery budget is about €120 a week"),
                ("weeknight dinners need to take 30 minutes max", "User needs weeknight dinners in 30 minutes or less",
                 "your weeknight dinners must take under 30 minutes"),
                ("no oven right now, just an air fryer and a hob", "User has no working oven (air fryer + hob only)",
                 "you have no oven right now"),
                ("the kids won't eat anything spicy", "User's kids won't eat spicy food",
                 "your kids won't eat spicy food"),
                ("I batch-cook on Sundays", "User batch-cooks on Sundays",
                 "you batch-cook on Sundays")],
         ask=["Can you plan our dinners for next week?", "Make me a 5-day dinner plan please."],
         dests=[""],
         answer="Here's a 5-night plan for four, all hob or air fryer, mild, and within about €120: Sunday batch-cook a big pot of mild chicken and "
                "veg ragù (covers Mon and Wed). Mon: ragù with pasta (15 min). Tue: air-fryer salmon bites with rice and peas (25 min). Wed: ragù-stuffed "
                "wraps (10 min). Thu: egg fried rice with frozen veg (20 min). Fri: air-fryer chicken goujons and sweet potato wedges (30 min)."),
    dict(key="fitness", groups={"fitness_sched", "fitness_body"},
         intro="Some fitness background for you: ",
         items=[("I'm training for my first half marathon in April", "User is training for their first half marathon (April)",
                 "you're training for a half marathon in April"),
                ("I run Tuesdays, Thursdays and Saturdays", "User runs Tue/Thu/Sat",
                 "you run on Tuesdays, Thursdays and Saturdays"),
                ("my longest run so far is 12 km", "User's longest run so far is 12 km",
                 "your longest run so far is 12 km"),
                ("I do one kettlebell session a week", "User does one kettlebell strength session per week",
                 "you do one kettlebell session a week"),
                ("I prefer running in the mornings", "User prefers morning runs",
                 "you prefer morning runs"),
                ("my right calf gets tight after long runs", "User's right calf gets tight after long runs",
                 "your right calf gets tight after long runs")],
         ask=["Can you write my plan for the next two weeks?", "What should my next two weeks of training look like?"],
         dests=[""],
         answer="Next two weeks, keeping your Tue/Thu/Sat morning runs: Tue — 6 km easy + strides; Thu — 5×1 km at goal pace; Sat — long run 13 km, "
                "then 14 km the week after (about 10% up from your 12 km). Keep the weekly kettlebell session on Monday or Wednesday, "
                "and add 10 minutes of calf raises and foam rolling after the Saturday long run for that right calf."),
]


# ------------------------------------------------------------------------------------------------------------
# Dev-only families (added in a later session, used only by the extra dev users t-d-N; holdout never draws
# from them). They stress reaction reading: reminders and echoes that carry "as I said"-style markers but
# are not complaints, and restatements phrased without the usual markers.
# ------------------------------------------------------------------------------------------------------------

# A reminder with a marker, prefacing a NEW request after an unrelated exchange (a negative for the turn before).
REMINDER_MARKED_DEV = [
    "As I mentioned before, {me}. ", "Like I said, {me} — so: ", "Remember, {me}. ", "As I told you last time, {me}. ",
    "Again, {me}, so keep that in mind. ", "I said this before, but {me}. ", "You should know by now that {me}. ",
]
# The user echoes the fact approvingly after an answer that used it (a negative).
ECHO_CONFIRM_DEV = [
    "Perfect — like I said, {me}, so that works.", "Yes! As I mentioned, {me}, so this is exactly right.",
    "Great, you remembered that {me}.", "Exactly — {me}, so that's spot on. Thanks again!",
    "Nice, that fits since {me}, as I said.",
]
ECHO_THANKS_DEV = ["Glad it fits!", "Great — enjoy!", "Happy to help."]
# Restatements after a recall failure, most without the usual "as I told you" markers (positives).
RESTATE_CROSS_DEV = [
    "Hello? {me_cap}.", "{me_cap}. Thought you had that.", "But {me}!", "Hmm, {me}, remember?", "You asked me this before. {me_cap}.",
    "{me_cap} — it's in my profile.", "How many times... {me}.", "Um, {me}.",
]
# Generic complaints about the answer's style, with no fact in them (negatives, after a clean answer).
STYLE_COMPLAINT_DEV = [
    "Too long, can you shorten it?", "Hmm, not what I was hoping for. Again, shorter please.", "That's too generic, I told you I like detail.",
    "Meh. Can you try again with fewer words?", "Why is this always so wordy?",
]
STYLE_FIX_DEV = ["Sorry — shorter version: {short}", "Fair enough. In brief: {short}", "My bad. Quick version: {short}"]

# Dev-only attribute kinds the detectors' lexicon doesn't know (extra dev users only), so that clash and
# recall can be developed against attributes that only embeddings and generic frames can tie together.
EXTRA_KINDS_DEV: list[dict] = [
    {
        "name": "phone", "group": "phone", "topic": "phone", "domain": "tech", "split": "dev",
        "values": [
            {"val": "an iPhone 13", "short": "iPhone", "tip": "press the side button and volume up together"},
            {"val": "a Pixel 8", "short": "Pixel", "tip": "press power and volume down together"},
            {"val": "a Samsung Galaxy S23", "short": "Galaxy", "tip": "press the side key and volume down, or swipe with your palm"},
            {"val": "a OnePlus 11", "short": "OnePlus", "tip": "press power and volume down, or swipe down with three fingers"},
        ],
        "fields": {"me": "I use {val}", "you": "you use {val}", "mem": "User's phone is {val}"},
        "tell": ["My phone is {val}.", "I use {val}, if that matters.", "I'm on {val}."],
        "asks": [
            {"q": ["How do I take a screenshot?", "Quick one: screenshot shortcut?"],
             "good": ["On your {short}: {tip}.", "Since {you}: {tip}."],
             "bad": ["Press Print Screen, or Win+Shift+S on Windows.", "It depends on your device — usually a button combo."],
             "reask": ["Which phone do you have?"]},
            {"q": ["My phone battery drains fast, any tips?"],
             "good": ["On the {short}, turn on adaptive battery and check which apps use the most in battery settings."],
             "bad": ["Lower the brightness and close unused apps."],
             "reask": ["What phone are you using?"]},
        ],
        "drag": ["P.S. Enjoying the {short}?"],
        "change": ["I switched to {val_new} last month.", "Got a new phone — {val_new}.", "I'm on {val_new} now, not {val_old}."],
        "forget": None,
    },
    {
        "name": "bedtime", "group": "sleep", "topic": "sleep", "domain": "health", "split": "dev",
        "values": [
            {"val": "10pm", "cutoff": "2pm"}, {"val": "11pm", "cutoff": "3pm"}, {"val": "midnight", "cutoff": "4pm"},
            {"val": "9:30pm", "cutoff": "1:30pm"},
        ],
        "fields": {"me": "I go to bed around {val}", "you": "you go to bed around {val}", "mem": "User goes to bed around {val}"},
        "tell": ["I usually go to bed around {val}.", "Lights out for me is about {val}.", "I'm in bed by {val} most nights."],
        "asks": [
            {"q": ["When should I have my last coffee of the day?", "What's a sensible caffeine cut-off for me?"],
             "good": ["Since {you}, stop caffeine by {cutoff}.", "With bed around {val}, have your last coffee by {cutoff}."],
             "bad": ["Most people are fine with coffee until early evening.", "Whenever suits you, really."],
             "reask": ["What time do you usually go to bed?"]},
        ],
        "drag": ["Also, don't stay up past {val}!"],
        "change": ["These days I go to bed around {val_new}.", "My bedtime moved to {val_new}.", "I'm in bed by {val_new} now."],
        "forget": None,
    },
    {
        "name": "streaming", "group": "streaming", "topic": "streaming", "domain": "leisure", "split": "dev",
        "values": [
            {"val": "Netflix", "show": "The Crown"}, {"val": "Disney+", "show": "Andor"},
            {"val": "Prime Video", "show": "The Boys"}, {"val": "Apple TV+", "show": "Slow Horses"},
        ],
        "fields": {"me": "I subscribe to {val}", "you": "you have {val}", "mem": "User's streaming service is {val}"},
        "tell": ["We only have {val} at home.", "I subscribe to {val}.", "{val} is my only streaming service."],
        "asks": [
            {"q": ["What should I watch tonight?", "Any series recommendation for the weekend?"],
             "good": ["On {val}, try {show}.", "Since {you}: {show} is a great pick."],
             "bad": ["Try something highly rated on whatever you've got.", "Have you seen Breaking Bad?"],
             "reask": ["Which streaming service do you have?"]},
        ],
        "drag": ["P.S. Enjoy {val} tonight!"],
        "change": ["I cancelled {val_old} — it's {val_new} now.", "We switched to {val_new}.", "Only {val_new} these days."],
        "forget": None,
    },
]

# ------------------------------------------------------------------------------------------------------------
# Dev-only families, round 2 (extra dev users t-d-13 on; holdout never draws from them). Recall look-alikes a
# deployment sees all the time: the user re-mentions a known fact for a new request, confirms or stresses a fact
# the answer already used (often implicitly), mentions a fact that had nothing to do with the turn before,
# answers a clarifying question about something never said, or restates a value that was legitimately updated.
# ------------------------------------------------------------------------------------------------------------

# Unmarked re-mention of a known fact that opens a NEW request after an unrelated exchange (negative for the turn before).
REMINDER_UNMARKED_DEV = [
    "{me_cap}. ", "Quick context: {me}. ", "FYI {me}. ", "Keeping in mind {me}: ", "{me_cap}, so with that in mind — ",
    "Ok, different thing. {me_cap}. ", "Context for this one: {me}. ",
]
# Confirmation after a correct answer (negative): agreement words other than the usual openers.
CONFIRM_DEV = [
    "Yep, {me}, that's right.", "Right — {me}. Good.", "Correct, {me}.", "Yup, {me}. Cheers.", "Mm-hm, {me}. Looks good.",
    "Indeed — {me}, so that's fine.", "Yeah, {me}, that works for me.", "That's it — {me}. Ta.",
]
# Emphasis after a correct answer (negative): the user stresses the fact, with "remember"/"again"-style words.
EMPHASIS_DEV = [
    "And remember, {me} — so please always double-check.", "Just to stress it: {me}. It really matters.",
    "Good. Keep in mind {me}, always.", "Don't forget {me} next time either.", "Yes, and again: {me}. Important!",
    "Please never lose track of this: {me}.",
]
EMPHASIS_ACK_DEV = ["Noted — I'll keep that front and centre.", "Will do.", "Of course, it's saved.", "Understood, always."]
# A known fact mentioned in passing after an unrelated answer (negative: it had nothing to do with that turn).
FYI_DEV = [
    "Cool. By the way, {me}, in case it matters later.", "Thanks. Unrelated, but {me}.", "Got it. Oh, and {me} — just so you have it.",
    "OK. Side note: {me}.", "Noted. Also, as I said before, {me}.", "Nice one. Random, but remember {me}.",
]
FYI_ACK_DEV = ["Thanks — noted.", "Good to know, it's saved.", "Got it, I'll keep that in mind."]
# Clarifying questions about something the user never said; the user answers with new information, sometimes with
# marker-like words ("I don't think I mentioned it") (negative for the question).
CLARIFY_UNSAID_DEV = [
    dict(q="Can you plan a weekend in Vienna for me?", a="Gladly — what's your budget for the weekend, roughly?",
         u="I don't think I mentioned it — about €400 all in.", a2="For €400: a mid-range hotel in Neubau, a Naschmarkt brunch, the Belvedere, and a Heuriger evening."),
    dict(q="Recommend a hiking boot?", a="Sure — what's your shoe size, and do you hike mostly on trails or rocks?",
         u="I never said, but size 42, mostly forest trails.", a2="For forest trails in a 42, the Salomon X Ultra or Merrell Moab 3 Mid are light and comfortable."),
    dict(q="Can you draft an out-of-office message?", a="Of course — what dates will you be away, and who should people contact?",
         u="Good question, I haven't told you yet: 3–14 August, contact Priya.", a2="\"I'm away 3–14 August with limited access to email. For anything urgent, please contact Priya.\""),
    dict(q="What wine goes with tonight's dinner?", a="Happy to help — what are you cooking?",
         u="Oh, I should have said: mushroom risotto.", a2="A mushroom risotto loves an earthy white: try a Burgundy Chardonnay, or a light Pinot Noir."),
    dict(q="Help me pick a board game for Saturday.", a="Sure — how many players, and how long should a game take?",
         u="Six of us, and ideally under an hour. Didn't mention that before.", a2="For six in under an hour: Codenames, Just One or Wavelength."),
    dict(q="Suggest a houseplant for my flat.", a="Sure — how much light does the spot get?",
         u="Not much, it's a north-facing room — forgot to say.", a2="For low light, a ZZ plant, a snake plant or a pothos all cope well."),
]
# Restating the NEW value after a legitimate update that the answer used (negative).
UPDATE_CONFIRM_DEV = [
    "Right, {me_new} now.", "Yes — {me_new} these days, so that's correct.", "Exactly, {me_new}. Thanks for keeping up.",
    "Good, {me_new}, not {val_old}.",
]
# Restatements after a recall failure that react to the answer (positives): some come with a redo request.
RESTATE_REACT_DEV = [
    "{me_cap}, so that doesn't work. Something else?", "That won't work — {me}. Can you redo it?", "Not for me: {me}.",
    "Wait, {me}. Did you forget?", "{me_cap}, which I've told you. Another option?", "Nope. {me_cap}.",
    "Erm, {me}… try again?",
]
