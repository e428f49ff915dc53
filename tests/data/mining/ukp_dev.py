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
    # ---------------- frustration (added: grown dev split) ----------------
    (PC + '46_989_personachat_train_original.json', 8, 'fr', D, "'that does not make much sense' aimed at the partner's reply -> frustration"),  # '16 oh . that does not make much sense .'
    (PCU + '3_1725_personachat_train_original.json', 8, 'fr', D, "'you are not very helpful' - negative evaluation of the partner -> frustration"),  # '18 oh . you are not very helpful'
    (PCU + '41_72_personachat_valid_original.json', 1, 'fr', D, "'that does not make sense' about the partner's claim -> frustration"),  # '12 for kids ? that does not make sense .'
    (SF + '35_26326_self_feeding_train.json', 4, 'fr', D, "our label (turn not annotated): 'when did we start talking about hiking?' complains the bot went off topic -> frustration"),  # 'when did we start talking about hiking?'
    (SF + '39_30254_self_feeding_train.json', 1, 'fr', D, "complaint that the bot's reply makes no sense / ignores the user, aimed at the bot -> frustration"),  # 'that doesnt make sense'
    (SF + '48_353_self_feeding_train.json', 4, 'fr', D, "our label (turn not annotated): 'so judgmental' - negative evaluation of the bot's remark -> frustration"),  # 'so judgmental'
    (SFU + '51_36265_self_feeding_train.json', 2, 'fr', D, "complaint that the bot's reply makes no sense / ignores the user, aimed at the bot -> frustration"),  # 'what does that have to do with music?'
    (SFU + '66_39644_self_feeding_train.json', 1, 'fr', D, "our label (turn not annotated): 'that's true, but irrelevant' - complaint that the reply is off topic -> frustration"),  # "that's true, but irrelevant"
    (SFU + '69_40791_self_feeding_train.json', 1, 'fr', D, "complaint that the bot's reply makes no sense / ignores the user, aimed at the bot -> frustration"),  # 'that doesnt make sense'
    (SFU + '70_40886_self_feeding_train.json', 1, 'fr', D, "our label (turn not annotated): 'thats not what i am talking about either' - complaint, bot off topic -> frustration"),  # 'thats not what i am talking about either'
    (SFU + '78_45117_self_feeding_train.json', 9, 'fr', D, "complaint that the bot's reply makes no sense / ignores the user, aimed at the bot -> frustration"),  # 'this doesnt make sense'
    (SFU + '84_47830_self_feeding_train.json', 4, 'fr', D, "complaint that the bot's reply makes no sense / ignores the user, aimed at the bot -> frustration"),  # 'that doesnt make sense'
    (SFU + '95_7276_self_feeding_train.json', 6, 'fr', D, "our label (turn not annotated): 'what on earth does that mean?' - exasperated, not a neutral clarification -> frustration"),  # 'what on earth does that mean?'
    (MW + '8_MUL1681.json_multiwoz_train.json', 1, 'fr rs', D, "our label (turn not annotated): system asks the departure point already given; 'which is why I asked the Cambridge TownInfo centre' is a sarcastic jab -> restatement + frustration"),  # 'From Cambridge, which is why I asked the Cambridge TownInfo centre.'
    (MWU + '29_PMUL0490.json_multiwoz_train.json', 7, 'fr rp', D, "our label (turn not annotated): the promised booking reference never came; user asks for it again, annoyed ('getting ahead of yourself') -> frustration + rephrase"),  # "Um I think you're getting ahead of yourself? I'm still waiting on that"
    # ---------------- correction (added: grown dev split) ----------------
    (SF + '34_26258_self_feeding_train.json', 9, 'co pf', D, "E6/UR5: 'no braces here' rejects the bot's assumption about the user; likes cheesecake -> correction + preference"),  # 'i do like cheesecake but no braces here'
    (SFU + '76_44136_self_feeding_train.json', 1, 'co', D, "our label (turn not annotated): 'that's not correct.' rejects the bot's statement -> correction"),  # "that's not correct."
    (SFU + '76_44136_self_feeding_train.json', 2, 'co', D, "B6: 'that's not correct.' rejects the bot's statement again -> correction"),  # "that's not correct."
    # ---------------- restatement (added: grown dev split) ----------------
    (MW + '62_PMUL3394.json_multiwoz_train.json', 3, 'rs', D, 'our label: system asks only for the day; user re-gives 4 people and 5 nights from the previous turn -> restatement'),  # 'book it for 4 people and 5 nights starting from thursday.'
    (SFU + '98_8340_self_feeding_train.json', 7, 'rs pf', D, "C2: 'i love hiking also' re-gives what the user said one turn earlier ('i love hiking too') after the bot asks again -> restatement + preference"),  # 'i love hiking also'
    (MW + '28_PMUL0479.json_multiwoz_train.json', 8, 'rs', D, 'our label (turn not annotated): system asks for the destination the user already gave (hotel to restaurant) -> restatement'),  # 'I need it to go between the hotel and restaurant, please.'
    (MW + '94_SNG1323.json_multiwoz_train.json', 2, 'rs rp', D, 'our label (turn not annotated): free parking already required; system could not say, user restates it and asks to check again -> restatement + rephrase'),  # "It doesn't matter to me whether it's a guesthouse or hotel, but I real"
    (MWU + '11_MUL2115.json_multiwoz_train.json', 4, 'rs', D, "our label (turn not annotated): system asks how many people after 'one person for 4 nights starting Friday' -> restatement"),  # 'Just myself for 4 nights starting friday please.'
    (MWU + '27_PMUL0439.json_multiwoz_train.json', 5, 'rs', D, 'our label (turn not annotated): re-gives the 14:15 time already stated while answering the day question -> restatement'),  # 'I want to book it for 1 on 14:15 on Thursday.'
    (MWU + '31_PMUL0850.json_multiwoz_train.json', 4, 'rs', D, 'our label (turn not annotated): system asks for a leave time; user repeats the 15:00 arrival constraint already given -> restatement'),  # 'No I just need to make sure I get there by 15:00. I will need the trai'
    (MWU + '57_PMUL3086.json_multiwoz_train.json', 5, 'rs', D, 'our label (turn not annotated): system asks where to arrive and when to leave; user re-gives Cambridge/13:45/Birmingham New Street already stated -> restatement'),  # "I need the travel day to be Sunday. I'll be going to Cambridge and arr"
    # ---------------- rephrase (added: grown dev split) ----------------
    (MWU + '31_PMUL0850.json_multiwoz_train.json', 5, 'rp', D, 'our label (turn not annotated): the train ID asked for was not given; user asks for departure time and ID again -> rephrase'),  # "I just need the train's departure time and ID."
    # ---------------- preference (added: grown dev split) ----------------
    (PC + '0_1062_personachat_train_original.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '13 i love rock . i am a fitness guru to . hiking is one of my favorite'
    (PC + '10_3256_personachat_train_original.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '12 that is cool . i really like fishing . do you hike or camp ? fish ?'
    (PC + '12_3826_personachat_train_original.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '12 good , thanks . hiking is one of my hobbies . what are yours ?'
    (PC + '14_404_personachat_test_original.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '12 hey man ! i play music myself . guitar'
    (PC + '16_4334_personachat_train_original.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '12 i love christmas too . i like to hike . i am very outdoorsy .'
    (PC + '20_5121_personachat_train_original.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '11 i love going on walks ! i hike every weekend . 3 dogs , wow !'
    (PC + '22_5288_personachat_train_original.json', 5, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '15 i do not have a job and i am afraid of clowns too . i am terrified '
    (PC + '28_6229_personachat_train_original.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '11 are you twins ? i love to hike in the summer and ski in the winter'
    (PC + '2_1582_personachat_train_original.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '16 that sounds so sweet . aside from hiking , i also enjoy cycling .'
    (PC + '32_6616_personachat_train_original.json', 3, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '13 how fun . i go on hikes . do you have pets ?'
    (PC + '34_6666_personachat_train_original.json', 5, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '14 you should take time for yourself . i like to go hiking .'
    (PC + '38_7050_personachat_train_original.json', 5, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '15 thanks ! i like hiking on weekends . what music do you like ?'
    (PC + '44_8705_personachat_train_original.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '13 do you take them out on hikes ? i like hikes !'
    (PC + '4_2269_personachat_train_original.json', 5, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '15 that would be interesting to do . i like to hike just got to hike t'
    (PC + '56_4954_personachat_train_original.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '10 do you like to hike ? i love to hike and be outside !'
    (PCU + '23_5502_personachat_train_original.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '12 i love blues and jazz . what do you mean by that ?'
    (PCU + '39_7091_personachat_train_original.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '12 halloween is one of my favorites too . do you like to hike'
    (PCU + '45_977_personachat_train_original.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '12 you love running ? hiking is more of my thing .'
    (PCU + '53_432_personachat_test_original.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '13 i do you like hiking in the cold or snow ? i love them both'
    (PCU + '57_5491_personachat_train_original.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '16 i work as a dj . i am pretty good !'
    (PCU + '5_2547_personachat_train_original.json', 3, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '12 i also like video games . i really enjoy hiking .'
    (PCU + '61_6129_personachat_train_original.json', 3, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '13 do you ever go hiking ? i enjoy it'
    (PCU + '7_2634_personachat_train_original.json', 7, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # '16 i like to read and do wood working . i should hike like you .'
    (SF + '15_18557_self_feeding_train.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i love to read. what kind of books do you like?'
    (SF + '15_18557_self_feeding_train.json', 9, 'pf', D, "E6/UR4 by annotators, but the turn itself just states a like ('i prefer chocolate cake.') -> preference"),  # 'i prefer chocolate cake.'
    (SF + '17_19545_self_feeding_train.json', 5, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'same here ,i love hosting visitors.'
    (SF + '19_19981_self_feeding_train.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i love dogs. i would never say anything bad about them.'
    (SF + '26_22299_self_feeding_train.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i am very ocd'
    (SF + '27_22396_self_feeding_train.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i love music'
    (SF + '2_11335_self_feeding_train.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'that sounds interesting. i love to read.'
    (SF + '2_11335_self_feeding_train.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i love disney movies too. finding nemo was my favorite.'
    (SF + '32_25904_self_feeding_train.json', 5, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i like basketball'
    (SF + '32_25904_self_feeding_train.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i like bts'
    (SF + '33_26132_self_feeding_train.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i like linkin park'
    (SF + '34_26258_self_feeding_train.json', 3, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'yeah i like fashion too'
    (SF + '34_26258_self_feeding_train.json', 5, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'not really i like football tho'
    (SF + '35_26326_self_feeding_train.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'we have plenty of rain here in florida.'
    (SF + '38_29087_self_feeding_train.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'my favorite color is blue. what is your favoirte color?'
    (SF + '38_29087_self_feeding_train.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i read all types. i like romance books.'
    (SF + '38_29087_self_feeding_train.json', 5, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i dont live near the ocean. i wish i knew how to surf.'
    (SF + '5_14491_self_feeding_train.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'my favorite food is tacos. do you like tacos'
    (SFU + '51_36265_self_feeding_train.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'ok i do like music. sports songs'
    (SFU + '51_36265_self_feeding_train.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'nice i have a shiba inu'
    (SFU + '55_37451_self_feeding_train.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i like to travel. do you?'
    (SFU + '60_38402_self_feeding_train.json', 3, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i work at the fair what do you do'
    (SFU + '64_38974_self_feeding_train.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'wow i have one dog'
    (SFU + '67_40064_self_feeding_train.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i love michael jackson'
    (SFU + '68_40420_self_feeding_train.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i like dogs.'
    (SFU + '78_45117_self_feeding_train.json', 8, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i love hiphop. can you rap?'
    (SFU + '81_46757_self_feeding_train.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # "nice,i'm paul from ohio"
    (SFU + '82_47300_self_feeding_train.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i play drums in a band here where i live.'
    (SFU + '85_49201_self_feeding_train.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i am allergic to cats too'
    (SFU + '88_5948_self_feeding_train.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i am good. i love steak it is a favorite'
    (SFU + '90_6314_self_feeding_train.json', 2, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i love hiking too. its the perfect time of year down here because its '
    (SFU + '90_6314_self_feeding_train.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i like cheese and wine too.'
    (SFU + '90_6314_self_feeding_train.json', 7, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # "i have a two years old and a three month old. i'm engaged."
    (SFU + '91_6343_self_feeding_train.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # "no, i don't like being around too many people"
    (SFU + '91_6343_self_feeding_train.json', 7, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i am a software engineer'
    (SFU + '93_6428_self_feeding_train.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'hello i am chris. i like watching anime'
    (SFU + '93_6428_self_feeding_train.json', 7, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'yes i like playing fortnite'
    (SFU + '95_7276_self_feeding_train.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i like to listen to that too.'
    (SFU + '96_7659_self_feeding_train.json', 1, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'yes 10 dogs'
    (SFU + '96_7659_self_feeding_train.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i love dogs'
    (SFU + '96_7659_self_feeding_train.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i like blue'
    (SFU + '97_803_self_feeding_train.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i dont like dogs. do you like cats'
    (SFU + '98_8340_self_feeding_train.json', 6, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i love hiking too'
    (SFU + '99_8808_self_feeding_train.json', 2, 'pf', D, 'our label (turn not annotated): durable fact about the user (graduated) -> preference; not a correction of the bot, which talked about itself'),  # 'i have already graduated from school.'
    (SFU + '99_8808_self_feeding_train.json', 4, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i like to watch sports too!'
    (SFU + '99_8808_self_feeding_train.json', 7, 'pf', D, 'our label: states a lasting like, hobby or profile fact -> preference'),  # 'i love to listen to heavy metal, you?'
    # ---------------- negatives (hard negatives: clarifications, 'no' answers, changes of mind, option rejections, negativity about other things) (added: grown dev split) ----------------
    (MW + '10_MUL2079.json_multiwoz_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'It doesnt matter. I need free parking and prefer a place with 4 stars.'
    (MW + '18_PMUL0029.json_multiwoz_train.json', 2, '', D, "'no' answers the system's question or offer -> []"),  # "No, I don't care about the location. I do want a 4 star place though."
    (MW + '22_PMUL0241.json_multiwoz_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'I am not concerned with price.'
    (MW + '26_PMUL0366.json_multiwoz_train.json', 10, '', D, 'user updates their own request (change of mind) -> []'),  # 'I actually dont need a booking at this time. I have everything I need.'
    (MW + '34_PMUL1382.json_multiwoz_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'Oh, Im not gonna book right now. Do you know how long the trip will ta'
    (MW + '54_PMUL2977.json_multiwoz_train.json', 6, '', D, "'no' answers the system's question or offer -> []"),  # "No, Im not ready to book yet. Thanks for all the help today, that's al"
    (MW + '56_PMUL3072.json_multiwoz_valid.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "Can you book that for me? There are 5 people. We'd like to arrive on T"
    (MW + '58_PMUL3235.json_multiwoz_train.json', 7, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'On second thought, Im not ready to book yet. I need to talk to my wife'
    (MW + '62_PMUL3394.json_multiwoz_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'Id like a guesthouse rated 3 stars.'
    (MW + '68_PMUL3951.json_multiwoz_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'Yes, I would like to book it and get a reference number.'
    (MW + '74_PMUL4398.json_multiwoz_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'Yes. Can you book it for me?'
    (MW + '82_SNG01221.json_multiwoz_train.json', 2, '', D, 'thanks / closing -> []'),  # 'Im not ready to book yet. Thanks, I will give you a call back. Goodbye'
    (MW + '84_SNG01995.json_multiwoz_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'I dont care about the price range. I do want to be in the north, thoug'
    (MW + '84_SNG01995.json_multiwoz_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i want booking for four people'
    (MW + '88_SNG0462.json_multiwoz_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'I would like to book for two on Wednesday, at 17:15.'
    (MW + '8_MUL1681.json_multiwoz_train.json', 3, '', D, "'no' answers the system's question or offer -> []"),  # 'No need to book it. Thanks. But can you help me find a cheap restauran'
    (MW + '92_SNG1013.json_multiwoz_train.json', 2, '', D, "'no' answers the system's question or offer -> []"),  # 'No I dont care about the price. Which one do you recommend?'
    (MW + '96_SSNG0237.json_multiwoz_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'Great, I want one with 4 Stars.'
    (MWU + '11_MUL2115.json_multiwoz_train.json', 8, '', D, 'thanks / closing -> []'),  # 'That will work for me. I dont want to book just yet, though. Thanks fo'
    (MWU + '13_MUL2515.json_multiwoz_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'I dont care about the price point. But, I do want it to be on the west'
    (MWU + '23_PMUL0316.json_multiwoz_train.json', 6, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'The price does not matter. Please make a recommendation and book it fo'
    (MWU + '29_PMUL0490.json_multiwoz_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'I do not need to book.'
    (MWU + '33_PMUL1303.json_multiwoz_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "Doesnt matter. I just can't leave until 14:30"
    (MWU + '39_PMUL1576.json_multiwoz_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'It does not matter.'
    (MWU + '45_PMUL1906.json_multiwoz_train.json', 8, '', D, 'user updates their own request (change of mind) -> []'),  # 'I am not looking to book just yet, actually. Just please find informat'
    (MWU + '49_PMUL2517.json_multiwoz_train.json', 6, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'It doesnt matter. Whichever one you think is best.'
    (MWU + '53_PMUL2858.json_multiwoz_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'That doesnt actually matter. You can choose the one you most recommend'
    (MWU + '57_PMUL3086.json_multiwoz_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'It doesnt matter. What do you recommend?'
    (MWU + '61_PMUL3381.json_multiwoz_train.json', 1, '', D, "'no' answers the system's question or offer -> []"),  # 'No, I need to stay in the centre. Are there any parks there?'
    (MWU + '75_PMUL4500.json_multiwoz_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'How about a 4 star rating?'
    (MWU + '79_PMUL4678.json_multiwoz_train.json', 2, '', D, 'user updates their own request (change of mind) -> []'),  # 'Actually, no need to book. But, can I get the travel time and the pric'
    (MWU + '7_MUL1679.json_multiwoz_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "I dont need to book it yet. What's the departure and travel times for "
    (MWU + '89_SNG0793.json_multiwoz_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'I would like one with four star. I dont care about the price.'
    (MWU + '91_SNG0955.json_multiwoz_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'Im not ready to book. Can you just tell me what the address is? Oh, an'
    (SGD + '49_25_00015_sgd_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'find them in delhi'
    (SGD + '79_75_00006_sgd_train.json', 3, '', D, "rejects a proposed option / 'no' answers a question -> []"),  # "No, I don't think so. Could you check for songs on the album Witness?"
    (SGDU + '43_17_00125_sgd_valid.json', 17, '', D, "rejects a proposed option / 'no' answers a question -> []"),  # "No I don't think so."
    (PC + '24_574_personachat_test_original.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '12 get out ! yes ! you like to read the daily news ? can you act ?'
    (PC + '34_6666_personachat_train_original.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '11 why is that ? i do not understand .'
    (PC + '40_7130_personachat_train_original.json', 4, '', D, 'neutral clarification request -> []'),  # '13 took you ? what do you mean ?'
    (PC + '42_7614_personachat_train_original.json', 8, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '17 viking metal ? i do not know what that is . i will look it up !'
    (PC + '50_3719_personachat_train_original.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '10 i am great . i wish it were warm enough to fish .'
    (PC + '66_917_personachat_valid_original.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '12 yeah definitely . by the way is my hair okay ? this motorbike helme'
    (PCU + '11_3501_personachat_train_original.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '13 no time to hike with all these kids . do you hike ?'
    (PCU + '17_4389_personachat_train_original.json', 4, '', D, 'neutral clarification request -> []'),  # '14 any good ? what do you mean by that ?'
    (PCU + '19_4624_personachat_train_original.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '11 good . do you like hiking ?'
    (PCU + '1_1406_personachat_train_original.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '11 oh , do you work ? i had to go to school . professional parents and'
    (PCU + '21_526_personachat_train_original.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '11 i just got back from hiking the appalachian trail . do you like to '
    (PCU + '29_634_personachat_train_original.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '11 cool . i am going hiking .'
    (PCU + '33_662_personachat_valid_original.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '10 do you play chess ? i guess i should have asked that first .'
    (PCU + '35_6730_personachat_train_original.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '11 what are you up to this weekend ? i am going for a hike .'
    (PCU + '43_782_personachat_test_original.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '15 i need to to walk more . do you like sports ?'
    (PCU + '47_2390_personachat_train_original.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '10 oh do you like sports ?'
    (PCU + '51_3898_personachat_train_original.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '10 i am great . i was listening to my opera .'
    (PCU + '55_4772_personachat_train_original.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '10 i am great . i was on local news the other day'
    (PCU + '59_5863_personachat_train_original.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '13 that is cool do you like to hike'
    (PCU + '63_815_personachat_train_original.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '10 long day ? did you work or stay up late last night ? i am great .'
    (PCU + '63_815_personachat_train_original.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '14 have you ever been hiking ? my roommate and i tend to try new thing'
    (PCU + '65_8665_personachat_train_original.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '13 have you ever thought about going hiking ?'
    (WOW + '0_10361_wow_train.json', 1, '', D, 'neutral clarification request -> []'),  # 'What do you mean? Kinds of fish? Like koi fish?'
    (WOW + '10_14360_wow_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'I did not know that. That is an interesting term for the two'
    (WOW + '14_150_wow_valid_topic.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "Really? I didn't know that. Why was it changed from the curved J to th"
    (WOW + '22_18259_wow_train.json', 3, '', D, "'no' answers the system's question or offer -> []"),  # "I don't think so. Her favorite band was Modest Mouse."
    (WOW + '24_223_wow_valid_random.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'Yes, it can be. The creator actually made it after making two animated'
    (WOW + '26_256_wow_test_topic.json', 3, '', D, "rejects a proposed option / 'no' answers a question -> []"),  # "Nope I don't think so. The real challenge for me is to not get a gutte"
    (WOW + '28_270_wow_valid_random.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'I just hike because I enjoy it. What are the health benefits?'
    (WOW + '2_109_wow_valid_topic.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'I saw "It" and Im pretty sure how I feel about clowns.'
    (WOW + '40_4199_wow_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'Back in 1957 by a french filmmaker named Albert Lamorisse'
    (WOW + '42_4230_wow_train.json', 1, '', D, 'neutral clarification request -> []'),  # 'Why is Kentucky called a commonwealth? What does that mean?'
    (WOW + '64_6667_wow_train.json', 4, '', D, 'neutral clarification request -> []'),  # 'What do you mean by that?'
    (WOW + '66_6869_wow_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'How many strings does a piano have?'
    (WOW + '74_798_wow_valid_topic.json', 1, '', D, 'neutral clarification request -> []'),  # 'nice. what does that mean?'
    (WOW + '80_850_wow_test_random.json', 3, '', D, "'no' answers the system's question or offer -> []"),  # 'I do not believe so. Hinduism is actually a broad range of philosophie'
    (WOW + '82_8951_wow_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'Well, a guitar is pretty much a long instrument with six strings. Many'
    (WOW + '84_9822_wow_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'Yeah it was a bit late to get up for school, it was created by Rod Ser'
    (WOWU + '11_14407_wow_train.json', 4, '', D, "rejects a proposed option / 'no' answers a question -> []"),  # "No, I don't think so. Specializing in the care of ill or premature inf"
    (WOWU + '13_14615_wow_train.json', 2, '', D, "'no' answers the system's question or offer -> []"),  # "I don't think so. The last album they released to my knowledge is Amne"
    (WOWU + '15_16535_wow_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'wait, what are you saying? it didnt really happen?'
    (WOWU + '19_16779_wow_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'It really is. Doesnt it usually have 6 strings?'
    (WOWU + '23_2013_wow_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "you shouldn't be! It's very safe. It's funny that term travel may orig"
    (WOWU + '27_267_wow_train.json', 3, '', D, 'neutral clarification request -> []'),  # 'What does that mean?'
    (WOWU + '29_2756_wow_train.json', 2, '', D, 'neutral clarification request -> []'),  # "I've never heard of Rayleigh scattering? What does that mean?"
    (WOWU + '37_367_wow_test_topic.json', 2, '', D, "'no' answers the system's question or offer -> []"),  # "I dont think so. I also don't think I've ever seen cheese with a green"
    (WOWU + '43_4358_wow_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "It doesn't really matter. White rice will do."
    (WOWU + '53_576_wow_test_topic.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "I don't believe so. Thick woodlands covered the island until about the"
    (WOWU + '57_602_wow_valid_random.json', 2, '', D, 'neutral clarification request -> []'),  # "I don't understand"
    (WOWU + '75_8133_wow_train.json', 1, '', D, 'UR5: clarification question from a user who writes in capitals throughout (previous turn too) -> [] (capitals are not shouting here)'),  # "WHAT DO YOU MEAN? THE TERM 'NORTH AFRICA' HAS NO SINGLE ACCEPTED DEFIN"
    (BABI + '17_244_babi_valid_task5.json', 11, '', D, "rejects a proposed option / 'no' answers a question -> []"),  # "no i don't like that"
    (BABI + '24_358_babi_test_task5.json', 23, '', D, 'user updates their own request (change of mind) -> []'),  # 'instead could it be in a moderate price range'
    (BABI + '24_358_babi_test_task5.json', 21, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'bombay please'
    ('BABI/unchecked/61_620_babi_test_task6.json', 6, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'it doesnt matter'
    ('BABI/unchecked/73_732_babi_train_task5.json', 6, '', D, 'user updates their own request (change of mind) -> []'),  # 'actually i would prefer for two people'
    ('BABI/unchecked/98_979_babi_train_task6.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'is it in the west part of town'
    (SF + '13_1730_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i am fine and you?'
    (SF + '13_1730_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "that's quite eccentric"
    (SF + '13_1730_self_feeding_train.json', 8, '', D, 'UR4 by annotators, but the turn just answers the question -> []'),  # 'sure i am ,school is good'
    (SF + '15_18557_self_feeding_train.json', 6, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "she's your family member?"
    (SF + '17_19545_self_feeding_train.json', 2, '', D, 'our label (turn not annotated): negativity about medicine, not the bot -> []'),  # 'the thought of taking medicine just makes me sick.'
    (SF + '17_19545_self_feeding_train.json', 8, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'chilling and relaxing watching netflix'
    (SF + '26_22299_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i am good how are you?'
    (SF + '26_22299_self_feeding_train.json', 5, '', D, "'no' answers the system's question or offer -> []"),  # 'no i would not'
    (SF + '27_22396_self_feeding_train.json', 3, '', D, 'neutral clarification request -> []'),  # 'sorry?'
    (SF + '27_22396_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "oh nice, i'm listening to simple plan"
    (SF + '29_23231_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'food'
    (SF + '29_23231_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'why not?'
    (SF + '29_23231_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'like rock, do you?'
    (SF + '29_23231_self_feeding_train.json', 6, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'can you dance?'
    (SF + '2_11335_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "i think we're going to go do some christmas shopping. how about you?"
    (SF + '30_24331_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'nice things are fun to own.'
    (SF + '32_25904_self_feeding_train.json', 1, '', D, 'neutral clarification request -> []'),  # 'what do you mean'
    (SF + '32_25904_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'you like music'
    (SF + '32_25904_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'how long have you been playing golf'
    (SF + '33_26132_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "you're tall. are you fast?"
    (SF + '33_26132_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "i'm good"
    (SF + '33_26132_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'pregnancy yoga'
    (SF + '33_26132_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'no way'
    (SF + '34_26258_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'oh that sounds grueling'
    (SF + '34_26258_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'oh that sounds so sad'
    (SF + '34_26258_self_feeding_train.json', 7, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'oh that sounds like a lot of work'
    (SF + '34_26258_self_feeding_train.json', 8, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'that sounds like a lot of fun'
    (SF + '35_26326_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "oh that's cool, do you work in a bakery?"
    (SF + '35_26326_self_feeding_train.json', 3, '', D, 'neutral clarification request -> []'),  # 'what does that mean?'
    (SF + '35_26326_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'sometimes, do you like fishing?'
    (SF + '35_26326_self_feeding_train.json', 7, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'just keep up your vitamins if you do'
    (SF + '38_29087_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'oh yes. my mom lives next to a winery. its so beautiful.'
    (SF + '38_29087_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i am great too!'
    (SF + '38_29087_self_feeding_train.json', 7, '', D, 'neutral clarification request -> []'),  # 'what are you meaning?'
    (SF + '3_13507_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i read occasionally.'
    (SF + '3_13507_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what kind of cat did you get?'
    (SF + '47_34733_self_feeding_train.json', 2, '', D, 'neutral clarification request -> []'),  # 'what does that mean?'
    (SF + '47_34733_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'oh you want to talk about that?'
    (SF + '47_34733_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "ok, you doing ok then? at least you're exercising"
    (SF + '47_34733_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'nice'
    (SF + '47_34733_self_feeding_train.json', 6, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "i'm doing fine, not depressed though"
    (SF + '47_34733_self_feeding_train.json', 7, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "yeah. band music is great. i've never heard of ween before"
    (SF + '48_353_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i am good and you?'
    (SF + '48_353_self_feeding_train.json', 3, '', D, "'no' answers the system's question or offer -> []"),  # 'no tuna salad for me'
    (SF + '48_353_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i am good and single too'
    (SF + '48_353_self_feeding_train.json', 8, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'okay we will keep it a secret'
    (SF + '50_35659_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'are you a chef?'
    (SF + '50_35659_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what is you favorite spot at the ocean?'
    (SF + '5_14491_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'why are you working right now'
    (SF + '5_14491_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what brand of makeup do you like'
    (SF + '5_14491_self_feeding_train.json', 8, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what is wrong with the laptop'
    (SFU + '51_36265_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'you are a poet and likes music?'
    (SFU + '51_36265_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'that sounds great too'
    (SFU + '51_36265_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'lets go someday'
    (SFU + '51_36265_self_feeding_train.json', 8, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'ok i guess that makes me american'
    (SFU + '51_36265_self_feeding_train.json', 9, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'dunder mifflin?'
    (SFU + '53_37192_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'how many hours do you work and what makes it not enjoyable'
    (SFU + '54_37424_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i am fine and you'
    (SFU + '54_37424_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what do you plan on doing today'
    (SFU + '54_37424_self_feeding_train.json', 3, '', D, 'neutral clarification request -> []'),  # 'what do you mean'
    (SFU + '54_37424_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i go to school to learn'
    (SFU + '57_37938_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'oh that sounds cool either way'
    (SFU + '57_37938_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'maybe'
    (SFU + '60_38402_self_feeding_train.json', 1, '', D, 'neutral clarification request -> []'),  # 'what do you mean'
    (SFU + '60_38402_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what time did you goto work, you need rest'
    (SFU + '61_38599_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'that is great to have parents like that'
    (SFU + '62_38714_self_feeding_train.json', 1, '', D, 'neutral clarification request -> []'),  # 'what do you mean'
    (SFU + '62_38714_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'you need your rest, where do you work at'
    (SFU + '62_38714_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # '40 that is awesome, whats the secret'
    (SFU + '62_38714_self_feeding_train.json', 5, '', D, 'neutral clarification request -> []'),  # 'what do you mean'
    (SFU + '62_38714_self_feeding_train.json', 6, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what classes are you enrolled in'
    (SFU + '64_38974_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "you're married i assume?"
    (SFU + '64_38974_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'oh cute, what kind of dog?'
    (SFU + '66_39644_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'when did baseball end?'
    (SFU + '67_40064_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'is ballet a type of food?'
    (SFU + '67_40064_self_feeding_train.json', 3, '', D, 'neutral clarification request -> []'),  # 'what was terrifying'
    (SFU + '68_40420_self_feeding_train.json', 2, '', D, "our label (turn not annotated): 'that movie was terrible' - negativity about a movie, not the bot -> []"),  # 'that movie was terrible. do you have a job?'
    (SFU + '68_40420_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "i'm getting ready to go to work."
    (SFU + '68_40420_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'its all just butter and cream mostly.'
    (SFU + '71_41177_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what are you watching?'
    (SFU + '71_41177_self_feeding_train.json', 3, '', D, "C2: 'no i am not in school' answers the bot's question -> []"),  # 'no i am not in school. what do you study'
    (SFU + '72_41605_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'do you get sick being around all those sick people'
    (SFU + '74_42139_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'nice. you must be excited.'
    (SFU + '74_42139_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "demand sounds a bit harsh. yeah but i'm a bad driver"
    (SFU + '74_42139_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "i like the ama's."
    (SFU + '74_42139_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what were you doing up so late?'
    (SFU + '74_42139_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'yeah nature is great'
    (SFU + '74_42139_self_feeding_train.json', 6, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'pretty good'
    (SFU + '74_42139_self_feeding_train.json', 8, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'fanstastic'
    (SFU + '74_42139_self_feeding_train.json', 9, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'go back hiking?'
    (SFU + '78_45117_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'ok. this is clever'
    (SFU + '78_45117_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'why one? i man i had 3'
    (SFU + '78_45117_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what are you running from?'
    (SFU + '78_45117_self_feeding_train.json', 7, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'good to know'
    (SFU + '79_46490_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'did your friend give you your name'
    (SFU + '79_46490_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'thats nice, to a man or a woman'
    (SFU + '79_46490_self_feeding_train.json', 5, '', D, 'thanks / closing -> []'),  # 'thanks the pleasure is all mine. do you have children'
    (SFU + '80_46715_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i am good. but i am hungry.'
    (SFU + '80_46715_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'do you speak any other languages?'
    (SFU + '80_46715_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what kind of music do you like?'
    (SFU + '80_46715_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'who is your favorite band?'
    (SFU + '80_46715_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what genre of music do they play?'
    (SFU + '81_46757_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'chilling and watching netflix.what about you?'
    (SFU + '81_46757_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'from south africa'
    (SFU + '81_46757_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'do whats makes you happy,'
    (SFU + '81_46757_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what do you do over the weekends?'
    (SFU + '81_46757_self_feeding_train.json', 7, '', D, 'thanks / closing -> []'),  # "i'm good,thanks for asking."
    (SFU + '82_47300_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'yea, are you a woman?'
    (SFU + '82_47300_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what do you want?'
    (SFU + '84_47830_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'yeah i know them. good band'
    (SFU + '84_47830_self_feeding_train.json', 2, '', D, 'our label (turn not annotated): opinion about hunting, not about the bot -> []'),  # 'i think that hunting is cruel'
    (SFU + '84_47830_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'are you a hunter or an actor?'
    (SFU + '85_49201_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i am doing great'
    (SFU + '85_49201_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'it was a boring day. i stayed at home playing video games'
    (SFU + '85_49201_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'you should have invited me then'
    (SFU + '90_6314_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'that sounds nice! do you sleep in a tent or under the stars?'
    (SFU + '90_6314_self_feeding_train.json', 6, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "i do need a vacation. we haven't taken one in two years."
    (SFU + '91_6343_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'where do you hike?'
    (SFU + '91_6343_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'do you play?'
    (SFU + '91_6343_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "i've never been to italy"
    (SFU + '91_6343_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "so you're an advertiser?"
    (SFU + '91_6343_self_feeding_train.json', 8, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what do you cook?'
    (SFU + '93_6428_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i am doing good'
    (SFU + '93_6428_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'why? did you cheat on her?'
    (SFU + '93_6428_self_feeding_train.json', 6, '', D, 'thanks / closing -> []'),  # 'thank you. buy me dinner too'
    (SFU + '95_7276_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what did you laugh at?'
    (SFU + '95_7276_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i am doing awesome.'
    (SFU + '95_7276_self_feeding_train.json', 3, '', D, "our label (turn not annotated): 'no, i am done with school.' answers the bot's question -> []"),  # 'no, i am done with school.'
    (SFU + '95_7276_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'i will do my best.'
    (SFU + '95_7276_self_feeding_train.json', 8, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'she is very beautiful.'
    (SFU + '96_7659_self_feeding_train.json', 2, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'you like coffee?'
    (SFU + '96_7659_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'chocolate and coffee sounds good'
    (SFU + '97_803_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'did your friend name you'
    (SFU + '97_803_self_feeding_train.json', 2, '', D, 'neutral clarification request -> []'),  # 'what do you mean'
    (SFU + '97_803_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'im watching tv. do you play sports'
    (SFU + '97_803_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'who are man best friends'
    (SFU + '98_8340_self_feeding_train.json', 1, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'why do you like it?'
    (SFU + '98_8340_self_feeding_train.json', 3, '', D, 'neutral clarification request -> []'),  # 'what is a carnie'
    (SFU + '98_8340_self_feeding_train.json', 4, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'that is the same for me'
    (SFU + '98_8340_self_feeding_train.json', 8, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # "i'm doing alright"
    (SFU + '98_8340_self_feeding_train.json', 9, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'are you good at gymnastics?'
    (SFU + '99_8808_self_feeding_train.json', 3, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'what do you like to do for fun?'
    (SFU + '99_8808_self_feeding_train.json', 5, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'have you ever been to those places before?'
    (SFU + '99_8808_self_feeding_train.json', 6, '', D, 'ordinary reply or new request, no implicit signal -> []'),  # 'you sound like a party animal.'
    (MWU + '41_PMUL1594.json_multiwoz_valid.json', 2, '', D, "our label (turn not annotated): 'Yes, 5 nights starting Monday' confirms what the system just said -> [] (repeating the assistant is not restatement)"),  # 'Yes, 5 nights starting Monday.'
    (MWU + '83_SNG01268.json_multiwoz_train.json', 2, '', D, 'our label (turn not annotated): earlier said internet not needed, now wants wifi: change of mind -> []'),  # 'No, I need a guesthouse with free wifi.'
    (MW + '46_PMUL1941.json_multiwoz_train.json', 3, '', D, "our label (turn not annotated): 'no' answers the system's offer to search other times -> []"),  # 'no, i want that day and time please'
    (SGDU + '44_19_00120_sgd_test.json', 9, '', D, "our label (turn not annotated): 'No that is not correct. I want insurance I changed my mind.' - the user changed their mind -> [] (not a correction of the system)"),  # 'No that is not correct. I want insurance I changed my mind.'
    (SGDU + '46_21_00105_sgd_train.json', 1, '', D, "our label (turn not annotated): 'I got my destination wrong' - self-correction -> []"),  # "I got my destination wrong. I'm actually visiting Washington. I'll be "
    (SGDU + '18_11_00026_sgd_test.json', 4, '', D, "our label (turn not annotated): 'My mistake' - self-correction of the check-in date -> []"),  # 'No, actually I will be checking in on the 10th of March. My mistake.'
    (SGD + '31_14_00105_sgd_valid.json', 7, '', D, 'our label (turn not annotated): user changes date and time they had given -> [] (change of mind)'),  # 'No, make it for the 11th and change the time to 17:30'
    (SGD + '63_52_00038_sgd_train.json', 9, '', D, 'our label (turn not annotated): the system gave another option; asking for yet another one is a new request -> [] (not rephrase)'),  # 'Do you have any other option? I wish to reserve 1 room.'
    (SGD + '71_67_00101_sgd_train.json', 4, '', D, 'our label (turn not annotated): follow-up asking for more flights after a good answer -> []'),  # 'And are there any other flights after that?'
    (SGD + '67_56_00104_sgd_train.json', 7, '', D, 'our label (turn not annotated): rejects a proposed option -> []'),  # "No, I don't like it, go on."
    (SGDU + '2_102_00066_sgd_train.json', 1, '', D, 'our label (turn not annotated): answers the city question, new information -> []'),  # 'I want to visit some attractions in Los Angeles'
    (SGDU + '58_34_00095_sgd_train.json', 9, '', D, "our label (turn not annotated): variant of a failed booking ('Try again. Make it until the 5th.') -> []"),  # 'Try again. Make it until the 5th.'
    (BABI + '2_114_babi_test_task4.json', 3, '', D, 'our label (turn not annotated): asks for the phone number after getting the address - new similar request -> [] (not rephrase)'),  # 'may i have the phone number of the restaurant'
    (BABI + '6_130_babi_test_task5.json', 13, '', D, 'our label (turn not annotated): asks for the address after getting the phone number -> [] (not rephrase)'),  # 'do you have its address'
    (BABI + '20_328_babi_valid_task2.json', 4, '', D, "our label (turn not annotated): 'actually i would prefer ...' updates the user's own request -> [] (change of mind)"),  # 'actually i would prefer in a expensive price range'
    (BABI + '22_333_babi_test_task5.json', 12, '', D, 'our label (turn not annotated): rejects a proposed option -> []'),  # "no i don't like that"
    (BABI + '25_366_babi_test_task3.json', 6, '', D, 'our label (turn not annotated): asks for another option -> []'),  # 'do you have something else'
    (WOW + '52_538_wow_valid_random.json', 1, '', D, "our label (turn not annotated): curious question about the partner's claim -> []"),  # "You didn't like school at all? Everyone has one class they liked."
    (WOW + '18_16755_wow_train.json', 1, '', D, 'our label (turn not annotated): opinion disagreement about a newspaper; negativity not aimed at the assistant -> []'),  # "As a native New Yorker even though they have been around since 1851 I'"
]
