"""Build bench/data/arabic_pairs.jsonl: OFAC SDN 2024-05-03 a.k.a. pairs (seed 7) and hand pairs.

Usage (from the repository root): /work/main/.venv/bin/python bench/gen_arabic_pairs.py
"""

import csv
import json
import random
import re

from rapidfuzz import fuzz

SDN = "/work/shared/data/ofac/sdn_csv_2024-05-03/sdn.csv"
MARK = re.compile(
    r"\b(abd|abdul|abdel|al|el|bin|ibn|abu|abou|muhammad|mohammed|mohamed|ahmad|ahmed|hasan|hassan|husayn|hussein|ali|yusuf|youssef|nasr|allah|ullah|din|eddin|khalid|omar|umar|said|saeed)\b|abd|ullah|allah|eddin|uddin",
    re.I,
)


def norm(n):  # "SURNAME, Given" -> "Given SURNAME"
    if ", " in n:
        s, g = n.split(", ", 1)
        return f"{g} {s}"
    return n


people = []
with open(SDN, encoding="latin-1") as f:
    for row in csv.reader(f):
        if len(row) < 12 or row[2] != "individual":
            continue
        name = norm(row[1].strip())
        akas = [norm(a.strip()) for a in re.findall(r"a\.k\.a\. '([^']+(?:'[^';]+)*)'", row[11])]
        if MARK.search(name):
            people.append((row[0], name, [a for a in akas if len(a.split()) >= 2]))
rnd = random.Random(7)
pos = []
for uid, name, akas in people:
    for a in akas:
        if a.lower() == name.lower():
            continue
        if fuzz.token_sort_ratio(a.lower(), name.lower()) >= 60 and MARK.search(a):
            pos.append((uid, name, a))
rnd.shuffle(pos)
seen = set()
posk = []
for uid, n, a in pos:
    if uid in seen:
        continue
    seen.add(uid)
    posk.append((uid, n, a))
posk = posk[:70]
neg = []
names = [(u, n) for u, n, _ in people]
for i in range(len(names)):
    for j in range(i + 1, len(names)):
        (u1, n1), (u2, n2) = names[i], names[j]
        if u1 != u2 and 78 <= fuzz.token_sort_ratio(n1.lower(), n2.lower()) < 100:
            neg.append((u1, n1, u2, n2))
rnd.shuffle(neg)
neg = neg[:50]
out = []


def person(n):
    return {"schema": "Person", "name": [n]}


for k, (uid, n, a) in enumerate(posk):
    out.append(
        {
            "id": f"ar-pos-{k:03d}",
            "category": "ar-sdn-alias",
            "label": 1,
            "a": person(n),
            "b": person(a),
            "source": f"OFAC SDN 2024-05-03 uid {uid}: name and a.k.a.",
        }
    )
for k, (u1, n1, u2, n2) in enumerate(neg):
    out.append(
        {
            "id": f"ar-neg-{k:03d}",
            "category": "ar-sdn-other-person",
            "label": 0,
            "a": person(n1),
            "b": person(n2),
            "source": f"OFAC SDN 2024-05-03 uids {u1} and {u2}: two listed people",
        }
    )
HAND_POS = [
    ("Abd al-Rahman", "Abdulrahman"),
    ("Abd al-Aziz", "Abdulaziz"),
    ("Abdel Rahman", "Abd al-Rahman"),
    ("Yusuf Ali", "Youssef Ali"),
    ("Muammar QADHAFI", "Muammar GADDAFI"),
    ("Qasim Soleimani", "Ghasem Soleimani"),
    ("Abu Bakr al-Baghdadi", "Abu Bakr el-Baghdadi"),
    ("Hassan Nasrallah", "Hasan Nasrullah"),
    ("Abdullah Azzam", "Abd Allah Azzam"),
    ("Osama bin Laden", "Usama ibn Ladin"),
    ("Ayman al-Zawahiri", "Aiman el Zawahiry"),
    ("Nour Eddine", "Noureddine"),
    ("Salah ad-Din", "Salahuddin"),
    ("Abd ar-Rahman", "Abdurrahman"),
    ("Abdelkader Messahel", "Abd el-Kader Messahel"),
    ("Ruhollah Khomeini", "Ruhullah Khomeini"),
    ("Uthman Ali", "Othman Ali"),
    ("Ramadan Abdullah Shallah", "Ramazan Abdallah Shalah"),
    ("Mahmoud Abbas", "Mahmud Abbas"),
    ("Zine El Abidine Ben Ali", "Zayn al-Abidin bin Ali"),
]
HAND_NEG = [
    ("Abdul Rahman", "Abdul Rahim"),
    ("Mohammed Hassan", "Mohammed Hussein"),
    ("Abd al-Aziz Saleh", "Abd al-Karim Saleh"),
    ("Hassan Nasrallah", "Hassan Fadlallah"),
    ("Ahmed al-Masri", "Mahmoud al-Masri"),
    ("Abu Bakr al-Baghdadi", "Abu Omar al-Baghdadi"),
    ("Yusuf Ali", "Yunus Ali"),
    ("Abdullah Azzam", "Abdullah Anas"),
    ("Qasim Soleimani", "Qasim Suleiman Rahimi"),
    ("Khalid Sheikh Mohammed", "Khalid Shaikh Ahmed"),
    ("Nasser al-Wuhayshi", "Nasir al-Wahishi Salem"),
    ("Abd al-Hamid Mahmud", "Abd al-Majid Mahmud"),
    ("Ali Hassan al-Majid", "Ali Hussein al-Majid"),
    ("Omar Abdel Rahman", "Omar Abdel Rahim"),
]
for k, (a, b) in enumerate(HAND_POS):
    out.append(
        {
            "id": f"ar-hand-pos-{k:02d}",
            "category": "ar-romanisation",
            "label": 1,
            "a": person(a),
            "b": person(b),
            "source": "ALA-LC / BGN-PCGN / French-style spellings of one name (public figures)",
        }
    )
for k, (a, b) in enumerate(HAND_NEG):
    out.append(
        {
            "id": f"ar-hand-neg-{k:02d}",
            "category": "ar-similar-name",
            "label": 0,
            "a": person(a),
            "b": person(b),
            "source": "different given or family name",
        }
    )
with open("bench/data/arabic_pairs.jsonl", "w") as f:
    for p in out:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(posk), len(neg), len(out))
