"""Syllable counts worked out by hand, per language, from each word's spoken form (standard
pronunciation; French counts spoken syllables, so a final mute e is not one). Used by the
syllable tests and by ``benchmarks/syllables.py``.

``KNOWN_MISSES`` are words the spelling rules get wrong, kept so the tests show the limits:
stress that the spelling does not mark (Italian "te-ra-pì-a"), vowel pairs that are sometimes
one syllable and sometimes two (German "Fa-mi-li-e", "Mu-se-um"), French verb endings.
"""

from __future__ import annotations

HAND_COUNTED: dict[str, dict[str, int]] = {
    "es": {  # re-ha-bi-li-ta-ción, ciu-dad, pa-ís, a-e-ro-puer-to, a-ve-ri-guáis ...
        "rehabilitación": 6, "ciudad": 2, "país": 2, "poeta": 3, "guitarra": 3, "que": 1,
        "hoy": 1, "muy": 1, "leer": 2, "aeropuerto": 5, "buey": 1, "Uruguay": 3,
        "pingüino": 3, "día": 2, "masaje": 3, "terapia": 3, "dolor": 2, "muscular": 3,
        "mayo": 2, "y": 1, "ahora": 3, "búho": 2, "construcción": 3, "paciencia": 3,
        "oído": 3, "caer": 2, "reír": 2, "averiguáis": 4, "inflamación": 4, "crónico": 3,
    },
    "it": {  # a-mo-re, cia-o, gior-no, fi-glio, a-iuo-la, ac-qua, mas-sag-gio ...
        "amore": 3, "ciao": 2, "giorno": 2, "figlio": 2, "piede": 2, "uomo": 2, "paese": 3,
        "poeta": 3, "aiuola": 3, "acqua": 2, "guerra": 2, "perché": 2, "città": 2,
        "massaggio": 3, "Italia": 3, "scienza": 2, "gli": 1, "muscolare": 4, "dolore": 3,
        "buono": 2, "euro": 2, "mai": 1, "cronico": 3, "tensione": 3, "giallo": 2,
    },
    "fr": {  # é-cole, ta-ble (spoken "tabl"), cré-é, na-ïf, au-jour-d'hui ...
        "école": 2, "l'école": 2, "table": 1, "massage": 2, "thérapie": 3, "douleur": 2,
        "beaucoup": 2, "oiseau": 2, "créé": 2, "naïf": 2, "Noël": 2, "que": 1,
        "musculaire": 3, "nuit": 1, "aujourd'hui": 3, "hôpital": 3, "être": 1, "monde": 1,
        "journée": 2, "vie": 1, "idée": 2, "réel": 2, "chaque": 1, "les": 1, "très": 1,
        "soins": 1, "lieu": 1, "qu'il": 1, "chronique": 2, "détente": 2,
    },
    "de": {  # Stra-ße, Be-weg-lich-keit, Si-tu-a-ti-on, be-ein-druckt, ge-eig-net ...
        "Straße": 2, "Beweglichkeit": 4, "Massage": 3, "Therapie": 3, "Quelle": 2,
        "Bäume": 2, "beeindruckt": 3, "Situation": 5, "Universität": 5, "Schmerz": 1,
        "Freude": 2, "Auge": 2, "Ideal": 3, "Theater": 3, "Physiotherapie": 6,
        "Muskulatur": 4, "gehen": 2, "Seele": 2, "Boot": 1, "regelmäßig": 4,
        "Durchblutung": 3, "Bayern": 2, "Mai": 1, "geeignet": 3, "Entspannung": 3,
    },
    "nl": {  # i-dee-ën, Bel-gi-ë, groei-en, be-ïn-vloe-den, i-de-aal ...
        "massage": 3, "therapie": 3, "politie": 3, "ideeën": 3, "België": 3, "nieuw": 1,
        "mooi": 1, "groeien": 2, "eeuw": 1, "tijd": 1, "huis": 1, "leeuw": 1, "spieren": 2,
        "pijn": 1, "behandeling": 4, "ideaal": 3, "koeien": 2, "beïnvloeden": 4, "uur": 1,
        "dag": 1, "ontspanning": 3,
    },
    "pt": {  # mão, co-ra-ção, sa-ú-de, te-ra-pi-a, his-tó-ria, á-gua ...
        "mão": 1, "coração": 3, "saúde": 3, "terapia": 4, "dia": 2, "massagem": 3, "dor": 1,
        "músculo": 3, "quando": 2, "põe": 1, "história": 3, "água": 2, "rua": 2, "Maria": 3,
    },
    "ru": {  # мо-ло-ко, здрав-ствуй-те, те-ра-пи-я ...
        "молоко": 3, "здравствуйте": 3, "массаж": 2, "терапия": 4, "боль": 1,
        "мышцы": 2, "расслабление": 5,
    },
}

KNOWN_MISSES: dict[str, dict[str, int]] = {
    "it": {"terapia": 4, "mio": 2},  # stressed i not written: te-ra-pì-a, mì-o
    "fr": {"pays": 2, "science": 2, "parlent": 1, "tuer": 2},  # pa-ys, sci-ence, parl(ent)
    "de": {"Familie": 4, "Museum": 3},  # Fa-mi-li-e, Mu-se-um
    "nl": {"museum": 3},  # mu-se-um
}
