/// The words of dates and times in the languages post-mortems are written in (English,
/// French, German, Spanish), folded: lower case, no diacritics.
enum CalendarWords {
    /// Month names and their common abbreviations, to month numbers.
    static let months: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["january", "jan", "janvier", "janv", "januar", "janner", "jaenner", "enero", "ene"]),
            (2, ["february", "feb", "febr", "fevrier", "fevr", "fev", "februar", "febrero"]),
            (3, ["march", "mar", "mars", "marz", "maerz", "marzo"]),
            (4, ["april", "apr", "avril", "avr", "abril", "abr"]),
            (5, ["may", "mai", "mayo"]),
            (6, ["june", "jun", "juin", "juni", "junio"]),
            (7, ["july", "jul", "juillet", "juil", "juli", "julio"]),
            (8, ["august", "aug", "aout", "agosto", "ago"]),
            (9, ["september", "sep", "sept", "septembre", "septiembre", "setiembre"]),
            (10, ["october", "oct", "octobre", "oktober", "okt", "octubre"]),
            (11, ["november", "nov", "novembre", "noviembre"]),
            (12, ["december", "dec", "decembre", "dezember", "dez", "diciembre", "dic"]),
        ]
        var table: [String: Int] = [:]
        for (month, words) in names {
            for word in words { table[word] = month }
        }
        return table
    }()

    /// Month names that are also everyday words; in free text they count only when capitalised.
    static let ambiguousMonths: Set<String> = ["may", "mar", "march", "mars", "mai", "ago"]

    /// Weekday names and abbreviations, to ISO weekday numbers (1 is Monday).
    static let weekdays: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["monday", "mon", "lundi", "lun", "montag", "lunes"]),
            (2, ["tuesday", "tue", "tues", "mardi", "dienstag", "martes"]),
            (3, ["wednesday", "wed", "mercredi", "mer", "mittwoch", "miercoles", "mie"]),
            (4, ["thursday", "thu", "thur", "thurs", "jeudi", "jeu", "donnerstag", "jueves", "jue"]),
            (5, ["friday", "fri", "vendredi", "ven", "freitag", "viernes", "vie"]),
            (6, ["saturday", "sat", "samedi", "sam", "samstag", "sonnabend", "sabado", "sab"]),
            (7, ["sunday", "sun", "dimanche", "dim", "sonntag", "domingo", "dom"]),
        ]
        var table: [String: Int] = [:]
        for (weekday, words) in names {
            for word in words { table[word] = weekday }
        }
        return table
    }()

    /// Common time-zone abbreviations, to minutes east of UTC. Where an abbreviation is
    /// ambiguous the more common reading in operations writing wins (IST is India).
    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 60, "bst": 60, "ist": 330,
        "cet": 60, "cest": 120, "mez": 60, "mesz": 120,
        "eet": 120, "eest": 180, "msk": 180,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
        "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
        "jst": 540, "kst": 540, "sgt": 480, "hkt": 480, "awst": 480,
        "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
    ]

    /// Ordinal suffixes written right after a day number ("6th", "1er", "2nd").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "re", "e", "eme", "o", "a"]

    /// Words marking a time or date as approximate ("ca. 14:00", "around Feb 15").
    static let approximateWords: Set<String> = [
        "ca", "circa", "approx", "approximately", "around", "about", "roughly", "estimated",
        "env", "environ", "vers", "gegen", "etwa", "ungefahr", "aprox", "aproximadamente", "hacia",
    ]

    /// Words joining the two ends of a range ("14:00 to 14:30", "3. bis 5. Mai").
    static let rangeWords: Set<String> = ["to", "till", "until", "through", "thru", "bis", "au", "a", "al", "hasta"]

    /// Words allowed between a date and its time ("Feb 20 at 14:02", "3. Mai um 14 Uhr").
    static let dateTimeJoiners: Set<String> = ["at", "um", "a", "vers", "@", "kl"]

    /// Words allowed between a time and its date ("14:02 on Feb 20", "14h le 12 mars").
    static let timeDateJoiners: Set<String> = ["on", "le", "am", "el", "del"]

    /// Words a date may start with that carry no meaning ("le 12 mars", "the 6th of April").
    static let leadingFillers: Set<String> = ["le", "the", "am", "el", "on", "den", "der"]

    /// Texts that say the time is not known ("??", "TBD", "--:--").
    static let unknownWords: Set<String> = [
        "tbd", "tba", "tbc", "na", "unknown", "unk", "inconnu", "inconnue", "unbekannt", "desconocido",
    ]
}

extension CalendarWords {
    /// Units of duration as written in English, French, German and Spanish, to seconds.
    static let durationUnits: [String: Int] = {
        let names: [(Int, [String])] = [
            (
                1,
                [
                    "s", "sec", "secs", "second", "seconds", "seconde", "secondes", "sekunde", "sekunden", "segundo",
                    "segundos",
                ]
            ),
            (60, ["m", "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "mn"]),
            (
                3_600,
                ["h", "hr", "hrs", "hour", "hours", "heure", "heures", "std", "stunde", "stunden", "hora", "horas"]
            ),
            (86_400, ["d", "day", "days", "jour", "jours", "j", "tag", "tage", "tagen", "dia", "dias"]),
            (
                604_800,
                ["w", "wk", "wks", "week", "weeks", "semaine", "semaines", "woche", "wochen", "semana", "semanas"]
            ),
        ]
        var table: [String: Int] = [:]
        for (seconds, words) in names {
            for word in words { table[word] = seconds }
        }
        return table
    }()
}
