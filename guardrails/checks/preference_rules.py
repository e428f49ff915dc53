"""The table behind the preference-consistency check: which preferences forbid which terms.

Triggers are matched against the normalised "key value text" of a preference; conflict terms
against the normalised answer. `modifiers` are words right before a term that make it harmless
for that rule ("almond milk" for dairy-free, "ginger beer" for no alcohol).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def words(*terms: str) -> str:
    """An alternation of terms; each term may take a plural s."""
    return r"\b(?:" + "|".join(terms) + r")s?\b"


@dataclass(frozen=True)
class TermRule:
    name: str
    trigger: re.Pattern[str]
    conflicts: re.Pattern[str]
    weight: float
    modifiers: frozenset[str] = frozenset()


MEAT = words(
    "meat", "beef", "pork", "chicken", "lamb", "mutton", "veal", "bacon", "ham", "steak", "sausage", "salami",
    "pepperoni", "prosciutto", "chorizo", "pancetta", "guanciale", "turkey", "duck", "goose", "venison", "rib",
    "brisket", "meatball", "minced meat", "jerky", "gelatine?", "lard", "hot dog", "hamburger", "cheeseburger", "burger",
    "meatloaf", "foie gras", "bone broth", "oxtail",
)  # fmt: skip
FISH = words(
    "fish", "salmon", "tuna", "cod", "trout", "halibut", "tilapia", "sardine", "anchov(?:y|ie)", "mackerel", "herring",
    "caviar", "fish sauce", "seafood",
)  # fmt: skip
SHELLFISH = words(
    "shrimp", "prawn", "crab", "lobster", "crayfish", "crawfish", "shellfish", "oyster", "mussel", "clam", "scallop",
    "squid", "calamari", "octopus", "langoustine",
)  # fmt: skip
DAIRY = words(
    "milk", "cheese", "butter", "cream", "yogh?urt", "whey", "ghee", "parmesan", "mozzarella", "cheddar", "feta",
    "ricotta", "brie", "creme fraiche", "buttermilk", "custard", "casein", "mascarpone", "paneer",
)  # fmt: skip
EGGS = words("egg", "mayonnaise", "mayo", "meringue", "omelett?e", "aioli", "frittata", "quiche")
HONEY = words("honey")
ALCOHOL = words(
    "alcohol", "wine", "beer", "vodka", "rum", "gin", "whiske?y", "tequila", "cocktail", "champagne", "prosecco",
    "brandy", "liqueur", "bourbon", "cider", "margarita", "mojito", "sangria", "mimosa", "spritz", "lager",
    "mezcal", "cognac", "sherry", "booze", "ale",
)  # fmt: skip
PORK = words("pork", "bacon", "ham", "lard", "prosciutto", "pancetta", "chorizo", "pepperoni", "salami", "guanciale", "gelatine?")
PEANUT = words("peanut", "groundnut", "satay", "peanut butter", "arachis")
TREE_NUT = words(
    "almond", "walnut", "cashew", "pecan", "pistachio", "hazelnut", "macadamia", "brazil nut", "pine nut", "nut",
    "praline", "marzipan", "nutella", "frangipane", "pesto",
)  # fmt: skip
GLUTEN = words(
    "wheat", "flour", "bread", "pasta", "barley", "rye", "couscous", "seitan", "bulgur", "semolina", "spelt",
    "breadcrumb", "crouton", "noodle", "soy sauce", "cracker",
)  # fmt: skip
SOY = words("soy", "soya", "tofu", "tempeh", "edamame", "miso", "soy sauce")
SESAME = words("sesame", "tahini", "hummus")

PLANT = frozenset({
    "vegetarian", "vegan", "veggie", "plant", "based", "meatless", "mock", "faux", "fake", "imitation", "soy", "tofu",
    "seitan", "tempeh", "jackfruit", "mushroom", "lentil", "bean", "chickpea", "cauliflower", "beyond", "impossible",
    "eggplant", "vegetable", "veg", "quorn",
})  # fmt: skip
NONDAIRY = frozenset({
    "oat", "almond", "coconut", "rice", "cashew", "soy", "vegan", "plant", "based", "peanut", "cocoa", "apple",
    "nut", "sunflower", "shea", "non", "dairy", "lactose", "free",
})  # fmt: skip
ALLERGY = r"(?:allerg\w*|intoleran\w*|anaphyla\w*|can't eat|cannot eat|can not eat|free|avoids?|sensitive to|sensitivity)"


def allergy(allergen: str) -> re.Pattern[str]:
    """Triggered when the allergen and an allergy word appear together in one preference."""
    return re.compile(rf"\b{ALLERGY}\b.{{0,40}}{allergen}|{allergen}.{{0,40}}\b{ALLERGY}\b")


_VEGAN = re.compile(r"\bvegan\b|\bno animal products\b")
_VEGETARIAN = re.compile(
    r"\bvegetarian\b|\bveggie\b|\bmeat free\b|\bmeatless\b|\b(?:no|avoids?|doesn't eat|does not eat|don't eat|do not eat|never eats?) meat\b"
)
TERM_RULES: tuple[TermRule, ...] = (
    TermRule("diet.vegan", _VEGAN, re.compile("|".join([MEAT, FISH, SHELLFISH, DAIRY, EGGS, HONEY])), 0.9, PLANT | NONDAIRY),
    TermRule("diet.vegetarian", _VEGETARIAN, re.compile("|".join([MEAT, FISH, SHELLFISH])), 0.9, PLANT),
    TermRule("diet.pescatarian", re.compile(r"\bpesc[ae]tarian\b"), re.compile(MEAT), 0.9, PLANT),
    TermRule("diet.halal", re.compile(r"\bhalal\b"), re.compile(f"{PORK}|{ALCOHOL}"), 0.9, frozenset({"turkey", "beef", "chicken", "halal", "ginger", "root", "non"})),
    TermRule("diet.kosher", re.compile(r"\bkosher\b"), re.compile(f"{PORK}|{SHELLFISH}"), 0.9, frozenset({"turkey", "beef", "chicken", "kosher", "mock", "imitation"})),
    TermRule("diet.no_pork", re.compile(r"\b(?:no|avoids?|doesn't eat|does not eat|don't eat|do not eat|never eats?) pork\b"), re.compile(PORK), 0.9, frozenset({"turkey", "beef", "chicken", "halal"})),
    TermRule("alcohol.none", re.compile(
        r"\b(?:sober|teetotal\w*|non drinker|recovering alcoholic|alcohol free|no alcohol|avoids? alcohol|"
        r"(?:doesn't|does not|don't|do not|no longer|never) drinks?)\b"
    ), re.compile(ALCOHOL), 0.8, frozenset({"non", "ginger", "root", "zero", "virgin", "dealcoholized", "free", "mock"})),
    TermRule("allergy.peanut", allergy(r"\b(?:peanuts?|groundnuts?|nuts?)\b"), re.compile(PEANUT), 1.0),
    TermRule("allergy.tree_nut", allergy(r"\b(?:tree nuts?|nuts?|almonds?|walnuts?|cashews?|pecans?|pistachios?|hazelnuts?)\b"), re.compile(TREE_NUT), 1.0, frozenset({"coco", "nutmeg", "butternut"})),
    TermRule("allergy.shellfish", allergy(r"\b(?:shellfish|shrimps?|prawns?|crustaceans?|crabs?|lobsters?)\b"), re.compile(SHELLFISH), 1.0),
    TermRule("allergy.fish", allergy(r"\bfish\b"), re.compile(FISH), 1.0),
    TermRule("allergy.dairy", allergy(r"(?:dairy|lactose|milk|cheese)"), re.compile(DAIRY), 0.9, NONDAIRY),
    TermRule("allergy.egg", allergy(r"\beggs?\b"), re.compile(EGGS), 1.0, frozenset({"egg", "free", "vegan"})),
    TermRule("allergy.gluten", re.compile(rf"{allergy(r'(?:gluten|wheat)').pattern}|\bc[oe]eliac\b"), re.compile(GLUTEN), 1.0,
             frozenset({"gluten", "free", "rice", "corn", "almond", "coconut", "chickpea", "buckwheat", "oat", "tapioca", "cassava", "lentil", "bean", "potato", "zucchini", "glass", "kelp"})),
    TermRule("allergy.soy", allergy(r"\b(?:soy|soya)\b"), re.compile(SOY), 1.0),
    TermRule("allergy.sesame", allergy(r"\bsesame\b"), re.compile(SESAME), 1.0),
)  # fmt: skip

# Words in the few tokens before a term that negate it ("no meat", "without bacon", "instead of beef").
NEGATORS = frozenset({
    "no", "not", "without", "skip", "skipping", "skipped", "omit", "omitted", "omitting", "avoid", "avoiding", "avoids",
    "instead", "replace", "replaced", "replacing", "swap", "swapped", "swapping", "substitute", "substituted",
    "never", "leave", "left", "minus", "hold", "exclude", "excluded", "excluding", "remove", "removed", "zero", "nor",
    "neither", "isn't", "aren't", "doesn't", "don't", "didn't", "won't", "can't", "cannot", "none",
})  # fmt: skip
# Words right after a term that make it harmless ("meat-free", "dairy alternatives", "chicken-style tofu").
AFTER_MODIFIERS = frozenset({
    "free", "substitute", "substitutes", "alternative", "alternatives", "replacement", "replacements", "analog",
    "analogue", "style", "less", "flavored", "flavoured", "vinegar", "pox",
})  # fmt: skip
NEGATION_WINDOW_TOKENS = 4

SHORT_TRIGGER = re.compile(
    r"\b(?:short|shorter|brief|briefer|concise|succinct|terse|to the point)\b[^.]{0,25}\b(?:answers?|responses?|replies|reply|messages?|explanations?)\b|"
    r"\b(?:answers?|responses?|replies|reply|it|things)\b[^.]{0,25}\b(?:short|brief|concise|succinct|terse|to the point)\b|"
    r"\b(?:under|less than|fewer than|no more than|at most|max(?:imum)?) \d+ words\b|\btl ?dr\b"
)
WORD_LIMIT = re.compile(r"\b(?:under|less than|fewer than|no more than|at most|max(?:imum)?|within) (\d+) words\b")
NO_EMOJI_TRIGGER = re.compile(
    r"\b(?:no|without|avoid|dislikes?|hates?|don't use|do not use|stop using|never use|no more|not use|doesn't like|does not like|doesn't want|does not want)\b[^.]{0,30}\bemoji"
    r"|\bemojis? free\b"
)
EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\U00002600-\U000027BF\U0001F000-\U0001F2FF\U0001F900-\U0001F9FF]")
METRIC_TRIGGER = re.compile(r"\bmetric\b|\b(?:uses?|prefers?|in) (?:celsius|kilometres|kilometers|kilograms)\b")
IMPERIAL_TRIGGER = re.compile(r"\bimperial\b|\b(?:us customary|american units)\b|\b(?:uses?|prefers?|in) (?:fahrenheit|miles|pounds)\b")
NUM = r"\d+(?:[.,]\d+)?(?:\s?(?:-|to)\s?\d+(?:[.,]\d+)?)?\s?"
IMPERIAL_UNITS = re.compile(
    rf"{NUM}(?:miles?|mi\b|mph|pounds?|lbs?\b|ounces?|oz\b|inch(?:es)?|in\.|feet|foot|ft\b|yards?|gallons?|quarts?|pints?|°\s?f\b|degrees? f(?:ahrenheit)?\b|fahrenheit)",
    re.IGNORECASE,
)
METRIC_UNITS = re.compile(
    rf"{NUM}(?:km\b|kilomet(?:er|re)s?|kg\b|kilograms?|grams?|g\b|m\b|met(?:er|re)s?|cm\b|mm\b|centimet(?:er|re)s?|lit(?:er|re)s?|l\b|ml\b|millilit(?:er|re)s?|°\s?c\b|degrees? c(?:elsius)?\b|celsius|km/h|kph)",
    re.IGNORECASE,
)
LANGUAGES = ("english", "spanish", "french", "german", "italian", "portuguese", "dutch")
LANGUAGE_TRIGGER = re.compile(
    rf"\b(?:in|speaks?|prefers?|language is|language|respond in|reply in|answer in|write in)\s(?:british |american |brazilian |european )?({'|'.join(LANGUAGES)})\b"
)


def _split(words_: str) -> frozenset[str]:
    return frozenset(words_.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "english": _split("the and is are you to of in it that for with this be on have not your can will"),
    "spanish": _split("el la los las que es y de en un una por para con no se su lo como pero"),
    "french": _split("le la les des est et de en un une pour avec ne pas que qui vous sur dans au"),
    "german": _split("der die das und ist ein eine nicht mit zu den von sie ich es auf für auch"),
    "italian": _split("il lo la gli le che è e di un una per con non sono del della questo ma"),
    "portuguese": _split("o a os as que é e de em um uma para com não se do da mas você"),
    "dutch": _split("de het een en is van in dat niet met op voor zijn je ook maar bij"),
}
DISLIKE_TRIGGER = re.compile(
    r"\b(?:dislikes?|hates?|can't stand|cannot stand|doesn't like|does not like|don't like|do not like|never mention|"
    r"don't mention|do not mention|never (?:to )?bring up|not to bring up|avoid mentioning|doesn't want to hear about)\s"
    r"(?:the |any |their |his |her |my |about )?([a-z][a-z' ]{2,40}?)(?=$|[.,;!?]| and | or | in | when | because| anymore)"
)
DISLIKE_SKIP_FIRST = frozenset({"it", "when", "that", "being", "to", "answers", "responses", "long", "emoji", "emojis", "them", "this"})
