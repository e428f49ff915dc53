"""A request asked again in other words, after an answer that did not address it.

The lexical rephrase detector (similarity.py) needs the same content words; real users reword
("How many mg of melatonin for jet lag?" after "What's the dosage of melatonin for jet lag?"),
shorten ("autocorrect off on iphone how") or write in another register. Here the test is meaning:
the MiniLM similarity of the new message (or one of its request sentences) to the previous request,
plus two structural conditions that separate a re-ask from a new request with similar wording:

- the assistant's reply gave nothing specific the request did not already contain (no new number,
  code, quoted title or yes/no verdict): a reply with specifics answered *something*, and a similar
  message after it is usually the next question ("Which train goes from Venice to Florence fastest?");
- the message is not framed as a follow-up ("and ...", "what about ...", "... too", "... then").
"""

from __future__ import annotations

from evalhub.common import embeddings
from evalhub.feedback.mining.base import Candidate, Turn, normalize, unquoted
from evalhub.feedback.mining.similarity import FOLLOW_UP, asks, gave_specifics, is_request_sentence, sentences

# Chosen on the dev split (scripts/train_mining_heads.py prints the grouped-CV figures); a reworded request
# of the same need scores 0.72-0.95 against the original, a new request with a swapped slot 0.6-0.96, so the
# threshold alone cannot separate them: the structural conditions below do most of the work.
REWORDED_MIN_SIMILARITY = 0.72
class RewordedRequestDetector:
    name = "embeddings.reworded_request"

    def detect(self, turn: Turn) -> list[Candidate]:
        reply, request = turn.prev_assistant, turn.prev_user
        if reply is None or request is None:
            return []
        own = unquoted(turn.text).strip()
        if not own or not asks(own) or not asks(request.content) or FOLLOW_UP.search(own):
            return []
        if reply.content.rstrip().endswith("?") or gave_specifics(request.content, reply.content):
            return []  # the assistant asked back, or answered with specifics: a similar message is a new turn
        if normalize(own) == normalize(request.content):
            return []  # verbatim repeats are the lexical detector's
        parts = [own, *(s for s in sentences(own) if s != own and is_request_sentence(s))]
        sims = embeddings.similarity_matrix(parts, [request.content])[:, 0]
        sim = float(sims.max())
        if sim < REWORDED_MIN_SIMILARITY:
            return []
        confidence = round(min(0.9, 0.6 + (sim - REWORDED_MIN_SIMILARITY) * 1.2), 2)
        return [Candidate("rephrase", confidence, f"reworded earlier request ({sim:.2f}) after a reply without specifics: "
                          f"{request.content[:120]!r}", self.name, about=reply, related=[request], details={"similarity": round(sim, 3)})]
