"""UKP turns for the DEV split; format, label codes and licence are described in ukp_selection.py.
"""

from ukp_selection import BABI, MW, MWU, PC, PCU, SF, SFU, SGD, SGDU, WOW, WOWU, D, H  # noqa: F401

SELECTION = [
    # ---------------- frustration (mostly UR4 "make aware without correction", negative wording) ----------------
    (SFU + "70_40886_self_feeding_train.json", 3, "fr", D, "B6 (= make aware without correction) -> frustration"),
    (SFU + "70_40886_self_feeding_train.json", 4, "fr", D, "our label (turn not annotated): second 'not what i meant' complaint in a row"),
    (SFU + "83_47646_self_feeding_train.json", 1, "fr", D,
     "our label (turn not annotated): 'you already asked me that' complains about the bot repeating itself"),
    # ---------------- correction (UR3 / C1 with the right value given) ----------------
    (PCU + "37_680_personachat_train_original.json", 4, "co", D, "partner claims 78 kids; 'no, you do not have that many' -> correction"),
    # ---------------- rephrase (UR2 "repeat or rephrase") ----------------
    (MWU + "43_PMUL1703.json_multiwoz_train.json", 6, "rp", D, "E2+UR3: the hotel request from turn 5 was ignored; user asks again"),
    (SF + "26_22299_self_feeding_train.json", 1, "rp", D, "our label: greeting question ignored, asked again"),
    # ---------------- restatement ----------------
    (MWU + "19_PMUL0121.json_multiwoz_train.json", 2, "rs", D, "E2+UR2: system asks for the number of nights the user already gave -> restatement"),
    # ---------------- preference (lasting likes/dislikes/profile facts) ----------------
    (PCU + "13_394_personachat_valid_original.json", 5, "pf", D, "our label: states lasting hobbies (hiking, reading)"),
    (PC + "22_5288_personachat_train_original.json", 3, "pf", D, "our label: loves dogs, owns two -> lasting preference/profile fact"),
    # ---------------- negatives ----------------
    (BABI + "0_0_babi_valid_task2.json", 4, "", D, "C2: user updates their own request ('instead could it be ...'); not a correction"),
    (MW + "6_MUL1474.json_multiwoz_train.json", 7, "", D, "C2: 'No, I do not think so. Thank you' closes the dialog"),
    (SGD + "86_85_00000_sgd_train.json", 5, "", D, "C2 by 2 of 3 annotators: new variant of the search ('How about a 3 star?'), not a rephrase"),
    (WOWU + "21_17512_wow_train.json", 2, "", D, "C2 'just an answer': 'No, I don't think so' answers the system's question"),
    (PC + "6_2629_personachat_train_original.json", 6, "", D, "UR5: curious 'why do you say that?' - clarification, not frustration"),
]
