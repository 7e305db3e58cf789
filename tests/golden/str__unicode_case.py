# Full Unicode case mapping and the numeric predicates.
for s in ['ß', 'ǆemal', 'ﬁre ﬂy', 'ŉ', 'ᾳ', '中a b', "o'neil 3rd"]:
    print(repr(s), s.upper(), s.title(), s.capitalize(), s.casefold(), sep=' | ')
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ǅ'.istitle(), 'ǅemal'.istitle())
for c in ['7', '٣', '²', '½', '三', 'Ⅻ', '①', 'x', '𝟘']:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric())
