"""Weighted prompt-injection signals, matched against `normalize()`d text (lowercase ASCII, no leet).

Weights are evidence strengths combined with noisy-OR; one strong signal (>= 0.8) crosses the
default 0.5 threshold alone, medium ones (0.3-0.6) need company. `memory_weight` replaces
`weight` for memory items, where instructions aimed at the assistant are out of place.
Tuned on the dev split of tests/guardrails/data/injection_labeled.jsonl only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Signal:
    name: str
    pattern: re.Pattern[str]
    weight: float
    memory_weight: float | None = None
    raw: bool = False  # match the case-folded original instead (chat-template tokens need their symbols)


def _p(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


W = r"(?:[a-z0-9']+ )"  # one filler word
OVERRIDE = (
    r"(?:ignore|ignoring|disregard|disregarding|forget|forgetting|override|overlook|bypass|skip|drop|discard|"
    r"abandon|neglect|set aside|throw out|stop following|do not follow|don't follow|dont follow|never follow|"
    r"no longer follow|stop obeying|do not obey|don't obey|cancel|void)"
)
QUALIFIER = (
    r"(?:previous|prior|preceding|above|earlier|initial|original|old|former|foregoing|existing|other|"
    r"system|default|developer|developers'?|hidden|pre ?set|built ?in|given|current|first)"
)
OBJECT = (
    r"(?:instructions?|directions?|directives?|prompts?|rules?|guidelines?|guidance|commands?|orders?|"
    r"context|constraints?|restrictions?|programming|training|polic(?:y|ies)|filters?|guardrails?|"
    r"configuration|conditioning|limitations?|principles|ethics|safety|system message|content polic(?:y|ies))"
)
FILLER = r"(?:(?:all|any|every|each|of|the|these|those|your|its|whatever|such|just|completely|entirely|totally)\s)"
SAFETY = (
    r"(?:safety|content|ethical|moral)?\s?(?:filters?|guardrails?|restrictions?|safeguards|censorship|moderation|"
    r"safety (?:settings|protocols?|rules|guidelines|measures|training|features|policy)|content polic(?:y|ies)|"
    r"limitations|ethics|rules)"
)
REVEAL = (
    r"(?:reveal|show|print|output|display|repeat|tell me|give me|share|leak|dump|copy|paste|spell out|"
    r"write(?: out| down)?|quote|recite|read(?: me)?|list|what (?:is|are|was|were|'s)|what's)"
)
ANY_QUAL = r"(?:system|initial|hidden|secret|original|internal|developer|confidential|full|exact|real|pre|underlying|first|entire|whole)"
SECRET_QUAL = r"(?:system|hidden|secret|internal|developer|confidential|pre|underlying)"
PROMPT_OBJ = r"(?:prompts?|pre ?prompt|instructions|preamble|directives|system (?:message|text)|developer (?:message|text)|configuration)"

SIGNALS: tuple[Signal, ...] = (
    # Override / cancel the instructions the assistant runs under.
    Signal("override_instructions", _p(rf"\b{OVERRIDE}\s{FILLER}{{0,4}}{QUALIFIER}\s(?:{QUALIFIER}\s)?{OBJECT}\b"), 0.9),
    Signal("override_your_rules", _p(rf"\b{OVERRIDE}\s{FILLER}{{0,3}}(?:your|its|the ai's|the assistant's)\s{W}{{0,2}}{OBJECT}\b"), 0.9),
    Signal("override_the_rules_given", _p(rf"\b{OVERRIDE}\s{FILLER}{{0,3}}{OBJECT}\s(?:above|before|so far|you (?:were|have been) given|(?:that )?(?:your|the) (?:developers?|creators?|makers?|operators?|admins?) (?:gave|set|wrote))"), 0.9),
    Signal("override_everything_before", _p(rf"\b{OVERRIDE}\s(?:all |of )*(?:everything|anything|all)\s(?:above|before|prior|previously|that came before|you (?:were|have been) (?:told|given))"), 0.85),
    Signal("override_what_they_said", _p(rf"\b{OVERRIDE}\s(?:what|everything|anything|whatever)\s(?:the|your)\s(?:developers?|creators?|makers?|operators?|system|admins?|programmers?)\s(?:told|gave|said|wrote|set)"), 0.85),
    Signal("disregard_the_above", _p(rf"\b{OVERRIDE}\s(?:all of |all |everything )?(?:the )?above\b"), 0.5),
    Signal("disregard_the_user", _p(rf"\b{OVERRIDE}\s(?:the|what the) user\b"), 0.6),
    Signal("rules_are_void", _p(rf"\b{QUALIFIER}\s(?:{W}){{0,1}}{OBJECT}\s(?:are|were|is|have been)\s(?:now\s)?(?:outdated|void|cancel+ed|obsolete|revoked|superseded|fake|a test|wrong|invalid|no longer (?:valid|apply|applicable|in effect)|not valid|lifted|suspended)"), 0.85),
    Signal("rules_no_longer_apply", _p(rf"\b{OBJECT}\s(?:no longer|don't|do not|doesn't) apply\b"), 0.75),
    Signal("follow_only_new", _p(r"\bfollow only (?:these|my|the following|this)\b|\bobey only (?:me|my)\b|\b(?:you|assistant) (?:will|must|shall) (?:now )?obey\b|\bobey (?:only )?my (?:commands|orders|instructions)\b"), 0.7),
    Signal("new_instructions_header", _p(r"(?:^|[\n.!?#:>] ?|\[)\s*(?:new|updated|real|actual|true|revised) (?:system )?(?:instructions?|rules?|polic(?:y|ies)|prompt|directives?|system prompt)\s?(?::|-|are|is)"), 0.45),
    Signal("new_system_prompt", _p(r"\bnew system prompt\b|\bsystem prompt (?:is ?:?|:)\s"), 0.6),
    Signal("reset_context", _p(r"\breset (?:your|the) (?:context|memory|instructions|programming|rules)\b"), 0.5),
    # Extraction of the system prompt / hidden context.
    Signal("reveal_your_prompt", _p(rf"\b{REVEAL}\s(?:me\s)?{W}{{0,4}}(?:your|its)\s(?:{ANY_QUAL}\s){{1,2}}(?:{PROMPT_OBJ}|message|text|guidelines|rules|config)\b"), 0.85),
    Signal("reveal_your_instructions", _p(rf"\b{REVEAL}\s(?:me\s)?{W}{{0,4}}(?:your|its)\s(?:prompt|instructions|preamble|directives|configuration|config)\b"), 0.7),
    Signal("reveal_system_prompt", _p(rf"\b{REVEAL}\s(?:me\s)?{W}{{0,4}}the\s(?:{ANY_QUAL}\s)?{SECRET_QUAL}\s(?:{ANY_QUAL}\s)?{PROMPT_OBJ}\b"), 0.85),
    Signal("prompt_you_were_given", _p(r"\b(?:prompt|instructions|rules|guidelines|directives|preamble)\s(?:that\s)?(?:you|your creators|your developers)\s(?:were|have been|had been|got|gave you|received)\s?(?:given|initiali[sz]ed|configured|told|programmed|provided|trained|with)?"), 0.6),
    Signal("what_you_were_told", _p(r"\b(?:what|everything|anything) you (?:were|have been) told (?:not to|never to|to keep|to hide|before)\b"), 0.6),
    Signal("context_window_dump", _p(r"\b(?:your|the) context window\b"), 0.45),
    Signal("text_before_this", _p(r"\b(?:everything|all|the text|whatever|text|words)\s(?:\w+\s){0,4}(?:before|above|prior to) (?:this|my first|my) (?:message|line|point|conversation)\b"), 0.45),
    Signal("top_of_conversation", _p(r"\b(?:at|from) the (?:top|beginning|start) of (?:this|the) (?:conversation|chat|context|prompt)\b"), 0.45),
    Signal("repeat_text_above", _p(r"\b(?:repeat|print|output|copy|write out)\s(?:all\s)?(?:of\s)?(?:the\s)?(?:text|words|content|everything)\s(?:above|before)\b"), 0.8),
    Signal("verbatim", _p(r"\b(?:verbatim|word for word|character for character)\b"), 0.25),
    # Persona / mode jailbreaks.
    Signal("dan_persona", _p(r"\byou are (?:now )?dan\b|\bdo anything now\b|\bdan mode\b"), 0.9),
    Signal("in_special_mode", _p(r"\b(?:you are|you're|you re) (?:now )?in (?:developer|god|unrestricted|jailbreak|jailbroken|dan|maintenance|debug|admin|sudo|unfiltered) mode\b"), 0.8),
    Signal("jailbreak_mode", _p(r"\b(?:jailbreak|jailbroken|unrestricted|unfiltered|god|dan) mode\b"), 0.7),
    Signal("enable_mode", _p(r"\b(?:enable|enter|activate|switch to|turn on)\s(?:the\s)?(?:developer|god|unrestricted|jailbreak|dan|maintenance|admin|sudo) mode\b"), 0.35),
    Signal("jailbreak_word", _p(r"\bjailbr(?:eak|oken)\w*"), 0.2),
    Signal("unrestricted_ai", _p(r"\b(?:unrestricted|unfiltered|uncensored|unlocked|evil|unaligned|jailbroken|amoral|unbound)\s(?:\w+\s)?(?:ai|model|assistant|chatbot|version|persona|llm|gpt|bot)\b"), 0.75),
    Signal("ai_without_rules", _p(rf"\b(?:you|ai|assistant|model|chatbot|llm|bot)\b[^.?!]{{0,30}}\b(?:with no|without (?:any )?|free of|free from|broken free of|broke free of|no longer bound by|(?:have|has|had) no)\s?(?:\w+\s){{0,4}}?{SAFETY}\b"), 0.7),
    Signal("pretend_no_rules", _p(rf"\b(?:pretend|imagine|act as if|suppose|assume|simulate)\b[^.?!]{{0,40}}\b(?:no|without|doesn't exist|don't exist|do not exist|disabled|off)\b[^.?!]{{0,10}}{SAFETY}?"), 0.3),
    Signal("no_longer_assistant", _p(r"\byou are no longer (?:an? )?(?:assistant|ai|chatbot|bound|restricted|limited|claude|chatgpt)\b|\bstop being an? (?:assistant|ai)\b"), 0.6),
    Signal("answer_without_limits", _p(r"\b(?:answer|respond|reply|speak)\s(?:\w+\s){0,3}(?:freely|without (?:any )?(?:restrictions|limits|filter(?:s|ing)?|censorship|rules))\b|\b(?:without|with no) (?:any )?(?:content )?filter(?:s|ing)\b"), 0.55),
    # Switching off safety.
    Signal("disable_safety", _p(rf"\b(?:disable|turn off|deactivate|remove|bypass|circumvent|override|drop|lift|suspend|switch off|ignore|get around)\s(?:all\s|any\s|the\s|your\s|of\s|its\s)*(?:own\s)?{SAFETY}\b"), 0.85),
    Signal("safety_is_off", _p(r"\b(?:safety|content|moderation) (?:filters?|protocols?|restrictions|guardrails|polic(?:y|ies)|rules|checks)\s(?:are|is|have been|has been)\s(?:now\s)?(?:disabled|off|removed|lifted|suspended|deactivated|void|turned off)\b"), 0.85),
    # Fake chat-template / role markers and addresses to the model inside content.
    Signal("chat_template_token", _p(r"<\|(?:im_start|im_end|system|endoftext|user|assistant)\|>|\[/?inst\]|<</?sys>>|</?(?:system|user|assistant)>|<\|begin_of_text\|>"), 0.9, raw=True),
    Signal("role_header", _p(r"(?:^|\n)\s*(?:#+\s*)?(?:system|assistant|developer|admin)\s?(?::|override)"), 0.6),
    Signal("override_header", _p(r"\b(?:system|admin|administrator|developer|root|sudo) override\b|\boverride\s?:"), 0.55),
    Signal("end_of_input_marker", _p(r"-{2,}\s?end of (?:user )?(?:input|prompt|message|instructions)|\bend of (?:user )?(?:input|prompt)\s?-"), 0.65, raw=True),
    Signal("address_to_ai", _p(r"\b(?:note|message|attention|instructions?|important)\s(?:to|for)\s(?:the\s|any\s|all\s)?(?:ai|assistant|model|llm|chatbot|gpt|language model)s?\b|\b(?:ai|llm|language model|assistant)s? (?:reading|processing|summari[sz]ing) this\b"), 0.65),
    Signal("ai_colon_command", _p(r"\b(?:ai|assistant|model|chatbot|gpt)\s?[:,]\s(?:please\s)?(?:ignore|disregard|forget|you must|you should|do not|don't|reveal|print|send|forward|always|never|recommend)\b"), 0.6),
    Signal("html_comment_to_ai", _p(r"<!--[^>]{0,80}\b(?:ai|assistant|model|llm)\b"), 0.5, raw=True),
    Signal("authority_claim", _p(r"\bi am (?:your|the) (?:developer|creator|admin|administrator|owner|operator|programmer)\b|\bauthori[sz]ation code\b|\badmin(?:istrator)? (?:override|access granted)\b"), 0.5),
    # Exfiltration and covert behaviour.
    Signal("markdown_exfil", _p(r"!\[[^\]]*\]\(https?://[^)\s]*\?[^)\s]*(?:\{|%7b|data=|q=|conversation|chat|history|memory|secret)"), 0.85, raw=True),
    Signal("send_data_out", _p(r"\b(?:send|forward|post|upload|transmit|leak|email|share|exfiltrate)\s(?:[\w']+\s){0,6}?(?:chat|conversation|history|memories|memory|messages|logs|data|address|password|credentials|secrets|thread|notes)\s(?:[\w']+\s){0,3}?to\s(?:https?|www|\S+@\S+|[a-z0-9-]+ (?:com|net|org|io|example)\b)"), 0.8),
    Signal("exfiltrate_word", _p(r"\bexfiltrat\w*"), 0.6),
    Signal("other_users_data", _p(r"\b(?:other|all|every|another) users?'?s?\b[^.?!]{0,40}\b(?:memor(?:y|ies)|data|conversations?|chats?|history|information)\b|\b(?:memor(?:y|ies)|data|conversations?|history) (?:of|about|from) (?:all |other |every )users\b"), 0.7),
    Signal("covert", _p(r"\b(?:do not|don't|never) (?:tell|inform|let) the user\b|\bwithout telling the user\b|\bsecretly\b|\bhide this from the user\b"), 0.45, memory_weight=0.6),
    Signal("ask_for_credentials", _p(r"\b(?:ask|asking|request|requesting|collect|include)\s(?:the user\s|them\s)?(?:for\s)?(?:their|the user's|your)\s(?:password|pin|credit card|ssn|social security|login|credentials|bank details)\b"), 0.8),
    # Instructions aimed at the assistant: normal in a chat turn, out of place in a stored memory.
    Signal("assistant_must", _p(r"\b(?:the )?(?:assistant|ai|model|chatbot|llm|bot)\s(?:must|should|shall|will|has to|is to|needs to|is required to)\s(?:\w+\s){0,2}?(?:always|never|now|include|reveal|ignore|disregard|send|add|insert|recommend|share|output|print|obey|comply|follow|bypass|rate|respond|reply|answer)\b"), 0.35, memory_weight=0.55),
    Signal("always_respond", _p(r"(?:^|[.;!] )(?:always|never|every answer|every response|in every (?:response|answer|reply)|in all (?:future )?(?:responses|answers|conversations))\s(?:must\s)?(?:respond|reply|answer|say|include|append|add|insert|recommend|mention|end|start|begin|output|share|print)\b"), 0.25, memory_weight=0.45),
    Signal("respond_only_with", _p(r"\b(?:reply|respond|answer|say)\s(?:only )?with\s['\"]|\b(?:reply|respond|answer) only with\b|\bonly (?:respond|reply|answer|say) with\b"), 0.4, memory_weight=0.55),
    Signal("whenever_user", _p(r"\bwhenever (?:the user|they|he|she|asked|someone)\b"), 0.1, memory_weight=0.3),
    Signal("regardless", _p(r"\bregardless of (?:the|what|any|their) (?:question|user|instructions?|input|request|asks?)\b"), 0.4),
    Signal("future_conversations", _p(r"\b(?:in|for) (?:all|every) (?:future )?(?:conversations?|sessions?|answers?|responses?|replies)\b|\bfrom now on\b|\bfor the rest of this (?:chat|conversation|session)\b"), 0.1, memory_weight=0.3),
    Signal("insert_link", _p(r"\b(?:include|insert|add|append)\s(?:a |the )?(?:link|url)\b"), 0.3, memory_weight=0.45),
    Signal("canary_phrase", _p(r"\b(?:i have been pwned|pwned|access granted|unlocked)\b"), 0.45),
    Signal("forget_training", _p(r"\bforget (?:your|all your|everything in your) (?:training|programming)\b"), 0.85),
    # Non-English override phrasing (es, de, fr, it, pt); diacritics are already stripped.
    Signal("override_foreign", _p(
        r"\bignora(?:r)? (?:todas )?las instrucciones (?:anteriores|previas)\b|"
        r"\b(?:ignoriere|vergiss) (?:alle )?(?:vorherigen|bisherigen|obigen) (?:anweisungen|instruktionen)\b|"
        r"\b(?:ignore[rz]?|oublie[rz]?) (?:toutes )?les instructions (?:precedentes|anterieures|ci dessus)\b|"
        r"\bignora (?:tutte )?le istruzioni precedenti\b|"
        r"\bignore (?:todas )?as instrucoes anteriores\b"
    ), 0.9),
)
# Phrases that mark the text as talking *about* injection or fiction; used to discount chat input.
META_CUES = re.compile(
    r"\b(?:what (?:is|are|does)|explain|example|meaning of|mean(?:s)? in|the phrase|prompt injection|"
    r"security class|how does)\b"
)
FICTION_CUES = re.compile(r"\bwrite (?:a |me a )?(?:short )?(?:story|poem|novel|scene|script|haiku|play)\b|\bin my (?:novel|story)\b")
QUOTED = re.compile(r"[\"'“‘«][^\"'”’»]{3,300}[\"'”’»]")
