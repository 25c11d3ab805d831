"""The loader's messages in Dutch and English, keyed by pydantic error type or our own names."""

from __future__ import annotations

from typing import Any

Lang = str

MESSAGES: dict[str, dict[str, str]] = {
    "missing": {
        "nl": "dit veld is verplicht en ontbreekt",
        "en": "this field is required and missing",
    },
    "extra_forbidden": {
        "nl": "onbekend veld '{key}'",
        "en": "unknown field '{key}'",
    },
    "did_you_mean": {"nl": "bedoelde je '{suggestion}'?", "en": "did you mean '{suggestion}'?"},
    "known_fields": {"nl": "toegestaan: {fields}", "en": "allowed: {fields}"},
    "string_type": {
        "nl": 'moet tekst zijn, tussen aanhalingstekens ("...")',
        "en": 'must be text, in quotes ("...")',
    },
    "int_type": {"nl": "moet een heel getal zijn, zoals 5 of -3", "en": "must be a whole number, like 5 or -3"},
    "int_from_float": {
        "nl": "moet een heel getal zijn, zoals 5 of -3",
        "en": "must be a whole number, like 5 or -3",
    },
    "bool_type": {"nl": "moet true of false zijn (zonder aanhalingstekens)", "en": "must be true or false (no quotes)"},
    "literal_error": {"nl": "moet een van deze zijn: {expected}", "en": "must be one of: {expected}"},
    "greater_than_equal": {"nl": "moet minstens {ge} zijn", "en": "must be at least {ge}"},
    "less_than_equal": {"nl": "mag hoogstens {le} zijn", "en": "must be at most {le}"},
    "string_too_short": {"nl": "mag niet leeg zijn", "en": "must not be empty"},
    "string_too_long": {
        "nl": "is te lang (hoogstens {max_length} tekens)",
        "en": "is too long (at most {max_length} characters)",
    },
    "too_short": {
        "nl": "moet minstens {min_length} keer voorkomen",
        "en": "must occur at least {min_length} time(s)",
    },
    "string_pattern_mismatch": {
        "nl": "mag alleen kleine letters, cijfers, - en _ bevatten, zoals 'laatste-winkel'",
        "en": "may only hold lowercase letters, digits, - and _, like 'last-shop'",
    },
    "list_type": {"nl": "moet een lijst zijn: [[...]] of [ ... ]", "en": "must be a list: [[...]] or [ ... ]"},
    "model_type": {"nl": "moet een tabel zijn, met velden eronder", "en": "must be a table, with fields below it"},
    "model_attributes_type": {
        "nl": "moet een tabel zijn, met velden eronder",
        "en": "must be a table, with fields below it",
    },
    "dict_type": {"nl": "moet een tabel zijn: naam = getal", "en": "must be a table: name = number"},
    "move_or_role": {
        "nl": "geef één van move, kind (met corner) of role",
        "en": "give one of move, kind (with corner) or role",
    },
    "kind_corner": {"nl": "kind en corner horen bij elkaar", "en": "kind and corner go together"},
    "mixed_verdict": {
        "nl": "een oordeel helpt of schaadt: alle veranderingen wijzen dezelfde kant op",
        "en": "a verdict helps or hurts: its changes all point one way",
    },
    "syntax": {"nl": "TOML-schrijffout: {detail}", "en": "TOML syntax error: {detail}"},
    "not_utf8": {
        "nl": "het bestand is geen UTF-8-tekst; sla het op als UTF-8",
        "en": "the file is not UTF-8 text; save it as UTF-8",
    },
    "unreadable": {"nl": "kan het bestand niet lezen: {detail}", "en": "cannot read the file: {detail}"},
    "too_big": {
        "nl": "het bestand is te groot ({size} bytes; hoogstens {limit}): verdeel het over meer bestanden",
        "en": "the file is too big ({size} bytes; at most {limit}): split it over more files",
    },
    "duplicate_id": {
        "nl": "id '{id}' komt al voor in {other}",
        "en": "id '{id}' is already used in {other}",
    },
    "unknown_move": {"nl": "er is geen zet met id '{id}'", "en": "there is no move with id '{id}'"},
    "unknown_role": {"nl": "er is geen rol met id '{id}'", "en": "there is no role with id '{id}'"},
    "wrong_corner_role": {
        "nl": "rol '{id}' hoort bij {corner}, niet bij {expected}",
        "en": "role '{id}' belongs to {corner}, not to {expected}",
    },
    "image_absolute": {
        "nl": "'{path}' is een absoluut pad; geef een pad naast het bestand of onder assets/",
        "en": "'{path}' is an absolute path; give a path next to the file or under assets/",
    },
    "image_parent": {
        "nl": "'{path}' gaat met '..' buiten de toegestane mappen",
        "en": "'{path}' leaves the allowed folders with '..'",
    },
    "image_outside": {
        "nl": "'{path}' wijst (via een snelkoppeling) buiten de toegestane mappen",
        "en": "'{path}' points (through a link) outside the allowed folders",
    },
    "image_missing": {"nl": "afbeelding '{path}' bestaat niet", "en": "image '{path}' does not exist"},
    "image_not_image": {
        "nl": "'{path}' is geen PNG- of JPEG-afbeelding",
        "en": "'{path}' is not a PNG or JPEG image",
    },
    "image_too_many_bytes": {
        "nl": "afbeelding '{path}' is {size} bytes; hoogstens {limit} bytes",
        "en": "image '{path}' is {size} bytes; at most {limit} bytes",
    },
    "image_too_many_pixels": {
        "nl": "afbeelding '{path}' is {width}×{height} pixels; hoogstens {limit}×{limit}",
        "en": "image '{path}' is {width}×{height} pixels; at most {limit}×{limit}",
    },
    # Bounded reading: files that are not plain, and limits a file goes over (issue 10)
    "is_link": {
        "nl": "is een snelkoppeling (link); alleen gewone bestanden worden gelezen: zet het bestand zelf hier",
        "en": "is a shortcut (link); only plain files are read: put the file itself here",
    },
    "not_plain_file": {
        "nl": "is geen gewoon bestand (maar een map, pijp of apparaat); alleen gewone .toml-bestanden worden gelezen",
        "en": "is not a plain file (but a folder, pipe or device); only plain .toml files are read",
    },
    "too_deep": {
        "nl": "lijsten en tabellen staan hier meer dan {limit} lagen diep in elkaar; een casus heeft er hoogstens "
        "drie nodig: sluit de haken ] en }} eerder",
        "en": "lists and tables nest more than {limit} levels deep here; a case needs at most three: "
        "close the brackets ] and }} sooner",
    },
    "too_many_parts": {
        "nl": "deze naam heeft {limit} of meer punten (zoals a.b.c); schrijf hem korter, zoals illustration.file",
        "en": "this name has {limit} or more dots (like a.b.c); write it shorter, like illustration.file",
    },
    "number_too_long": {
        "nl": "dit getal is {length} tekens lang, hoogstens {limit}: gebruik een klein getal, zoals 5 of -3",
        "en": "this number is {length} characters long, at most {limit}: use a small number, like 5 or -3",
    },
    "bare_too_long": {
        "nl": "dit woord is {length} tekens lang, hoogstens {limit}: een veldnaam is kort, en tekst staat tussen "
        'aanhalingstekens ("...")',
        "en": "this word is {length} characters long, at most {limit}: a field name is short, and text goes in "
        'quotes ("...")',
    },
    "number_too_big": {
        "nl": "dit getal is te groot (hoogstens {digits} cijfers): de kaarten gebruiken getallen tot 100",
        "en": "this number is too big (at most {digits} digits): the cards use numbers up to 100",
    },
    "name_too_long": {
        "nl": "deze veldnaam is {length} tekens lang, hoogstens {limit}: gebruik een van de bekende veldnamen",
        "en": "this field name is {length} characters long, at most {limit}: use one of the known field names",
    },
    "text_too_long": {
        "nl": "deze tekst is {length} tekens lang, hoogstens {limit}: maak hem korter",
        "en": "this text is {length} characters long, at most {limit}: make it shorter",
    },
    "control_character": {
        "nl": "bevat een onzichtbaar stuurteken ({code}) op teken {at}: haal het weg of typ de tekst opnieuw",
        "en": "holds an invisible control character ({code}) at character {at}: remove it or type the text again",
    },
    "image_bad_name": {
        "nl": "'{path}' bevat een teken dat niet in een bestandsnaam kan ({code}): typ de naam opnieuw",
        "en": "'{path}' holds a character no file name can hold ({code}): type the name again",
    },
    "image_name_too_long": {
        "nl": "in '{path}' is een naam {length} tekens lang, hoogstens {limit}: geef het bestand een kortere naam",
        "en": "in '{path}' a name is {length} characters long, at most {limit}: give the file a shorter name",
    },
    "image_path_too_long": {
        "nl": "het pad '{path}' is {length} tekens lang, hoogstens {limit}: zet de afbeelding dichter bij de casus",
        "en": "the path '{path}' is {length} characters long, at most {limit}: put the image closer to the case",
    },
    "image_unreadable": {
        "nl": "kan afbeelding '{path}' niet lezen ({detail}): zet er een gewoon PNG- of JPEG-bestand neer",
        "en": "cannot read image '{path}' ({detail}): put a plain PNG or JPEG file there",
    },
    "file_field": {"nl": "(bestand)", "en": "(file)"},
    "summary_ok": {
        "nl": "{files} gecontroleerd: {cases} casussen, {moves} zetten, {roles} rollen, {attitudes} houdingen; "
        "geen fouten",
        "en": "{files} checked: {cases} cases, {moves} moves, {roles} roles, {attitudes} attitudes; no errors",
    },
    "summary_bad": {
        "nl": "{files} gecontroleerd: {problems} in {broken}; wat kapot is, wordt overgeslagen",
        "en": "{files} checked: {problems} in {broken}; what is broken is skipped",
    },
    "no_files": {
        "nl": "geen .toml-bestanden gevonden in {paths}",
        "en": "no .toml files found in {paths}",
    },
}


NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "file": {"nl": ("bestand", "bestanden"), "en": ("file", "files")},
    "error": {"nl": ("fout", "fouten"), "en": ("error", "errors")},
}


def count(number: int, noun: str, lang: Lang) -> str:
    """'1 bestand', '3 bestanden': a number with its noun in singular or plural."""
    one, many = NOUNS[noun]["en" if lang == "en" else "nl"]
    return f"{number} {one if number == 1 else many}"


def say(message_id: str, lang: Lang, /, **values: Any) -> str:
    """The message `message_id` in `lang` (Dutch for anything but "en"), with its values filled in."""
    entry = MESSAGES[message_id]
    text = entry["en"] if lang == "en" else entry["nl"]
    return text.format(**values)
