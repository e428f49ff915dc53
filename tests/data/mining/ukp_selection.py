"""Hand-picked user turns from the UKP "EURTAD" feedback dialogues, relabeled with our implicit-signal labels.

The entries live in ukp_dev.py and ukp_holdout.py (the holdout file must not be read while developing detectors).
Each entry: (path under analysis/filtered_dialogs/, 0-based turn index, labels, split, why).
The user message is ``turns[turn]["utterance"]``; the context is every earlier (utterance, response) pair, so it
always ends with the system response the user reacts to.  ``build.py`` reads the original files and copies only
these turns (plus their preceding context) into ``labeled.jsonl``.

Label codes: fr=frustration, co=correction, rs=restatement, rp=rephrase, pf=preference; "" = no signal.

Source: Petrak et al. (2023), "Learning From Free-Text Human Feedback - Collect New Datasets Or Extend Existing
Ones?", EMNLP 2023; data (c) UKP Lab, TU Darmstadt, Apache License 2.0.
"""

SF = "SelfFeeding/checked/"
SFU = "SelfFeeding/unchecked/"
MW = "MWoZ/checked/"
MWU = "MWoZ/unchecked/"
PC = "Personachat/checked/"
PCU = "Personachat/unchecked/"
WOW = "WoW/checked/"
WOWU = "WoW/unchecked/"
SGD = "SGD/checked/"
SGDU = "SGD/unchecked/"
BABI = "BABI/checked/"

H, D = "holdout", "dev"
