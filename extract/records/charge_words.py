"""The words that bound and qualify a charge phrase (records/charges.py reads them): where
an offence ends (a clause, a place, a date), what continues it (adverbs of the act, "taking
part in"), and the nouns whose "of" or "for" names a holder or a place, not an offence."""

CHARGE_PREPS = {"of", "for", "on", "to", "with"}
HYPHENS = frozenset({"-", "‑", "–"})
# words that end a charge phrase: what follows is the when, where, how or why of the case
STOP_WORDS = frozenset({
    "after", "following", "before", "when", "because", "while", "by", "at", "during", "since",
    "who", "whom", "whose", "which", "that", "where", "whereas", "but", "as", "until", "if",
    "despite", "than", "from", "under", "through", "terms", "term", "sentence", "sentences",
    "stemming", "related", "relating", "involving", "upon", "against", "along", "together",
    "alongside", "punishable", "liable",  # "murder punishable under Section 302": the law
})
STOP_AFTER_AND = frozenset({"his", "her", "their", "its", "the", "was", "were", "is", "are",
                            "will", "would", "could", "must", "then", "also",
                            "has", "have", "had", "sentenced",
                            "ordered", "received", "given", "faces", "got", "assessed",
                            # "convicting him of murder and sentencing him ...": the court
                            "sentencing", "jailing", "ordering", "fining", "handing",
                            "giving", "imposing", "acquitting"})
# adverbs that belong to the offence they precede or follow ("not", "illegally")
PART_ADVERBS = frozenset({"not", "illegally", "unlawfully", "knowingly", "intentionally",
                          "fraudulently", "falsely", "recklessly", "dangerously", "sexually",
                          "racially", "religiously", "wilfully", "willfully", "deliberately",
                          "negligently", "illicitly", "publicly", "allegedly", "repeatedly",
                          "aggravated", "grossly", "indecently", "criminally"})
# "convicted four members of the X sect of Y": whose members, not the offence
HOLDER_NOUNS = frozenset({"member", "members", "leader", "leaders", "head", "heads",
                          "supporters", "followers", "mayor", "president", "chairman",
                          "director", "editor", "representative", "chief", "founder",
                          "officials", "employees", "residents", "activists", "staff",
                          "governor", "minister", "commander", "deputy", "owner"})
# "campaigners for press freedom", "a representative for X": whom they work for
ADVOCATES = frozenset({"campaigner", "campaigners", "advocate", "advocates", "representative",
                       "fighter", "fighters", "spokesman", "spokeswoman", "candidate",
                       "activist", "activists", "lawyer", "lawyers", "director", "reporter",
                       "correspondent", "coordinator", "representatives"})
# offences named by taking part in something: "in the ..." continues them
TAKES_IN = frozenset({"participating", "participation", "part", "involvement", "membership",
                      "engaging", "involved", "partaking", "complicity", "concerned",
                      "dealing", "trafficking", "trading"})  # "being concerned in the supply"
# a participle clause after the offence, not another offence: "..., citing its size"
REPORTING = frozenset({"saying", "adding", "citing", "noting", "stating", "describing",
                       "calling", "arguing", "explaining", "ruling", "finding", "warning"})
ROLE_ACTS = frozenset({"serving", "acting", "posing", "working", "operating"})
# speech offences whose that-clause is the offence: "for alleging that the X had ..."
SPEECH_ACTS = frozenset({"alleging", "claiming", "saying", "stating", "suggesting", "writing",
                         "insinuating", "implying", "asserting", "declaring", "posting"})
CLAUSE_ENDS = frozenset({"after", "before", "because", "when", "while", "but", "which",
                         "although", "though", "whereas"})
QUOTES = frozenset({"-", "‑", "“", "”", '"', "'", "’", "‘"})
VICTIM_HEADS = frozenset({"murder", "killing", "death", "shooting", "stabbing", "slaying",
                          "rape", "assault", "kidnapping", "abuse", "beating", "attack"})
# "a majority of 11 to one": the jury's count, not an offence
TALLY_NOUNS = frozenset({"majority", "vote", "votes", "margin", "tally"})
PLACE_NOUNS = frozenset({"region", "province", "district", "city", "town", "village", "oblast",
                         "state", "county", "republic", "prefecture", "governorate", "capital",
                         "municipality", "territory", "island", "suburb", "borough"})
NAME_ENTS = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"})
# "theft by conversion", "homicide by vehicle": US statutes name an offence by its means
BY_OFFENCE = frozenset({"deception", "fraud", "false", "threats", "threat", "force",
                        "violence", "dangerous", "careless", "unlawful", "fraudulent",
                        "conversion", "taking", "receiving", "shoplifting", "vehicle",
                        "intimidation", "impersonation", "strangulation", "extortion"})
