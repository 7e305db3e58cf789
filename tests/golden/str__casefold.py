words = ["Straße", "STRASSE", "ﬁne", "FINE", "Σίσυφος", "ΣΊΣΥΦΟΣ", "µs", "μS"]
for w in words:
    print(w, w.casefold(), w.lower())
print("Straße".casefold() == "STRASSE".casefold())
print("Straße".lower() == "STRASSE".lower())
print(sorted(["b", "Ä", "a", "ß"], key=str.casefold))
