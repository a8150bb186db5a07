// Package actors is the catalogue of threat-actor groups and their aliases
// that incident extraction matches text against.
//
// Embedded returns the catalogue built into the binary: state-linked groups,
// ransomware and extortion gangs, financially motivated crews and
// hacktivists, each with its canonical name (the one most news coverage
// uses, such as APT32 or LockBit) and the aliases vendors and media use,
// including Japanese spellings. Load reads MISP galaxy cluster files and
// STIX 2.x bundles such as MITRE ATT&CK; New merges such lists into the
// embedded one, keeping the embedded canonical names.
//
// Find reports where names occur in a text. Text and aliases are compared
// after NFKC normalisation (full-width letters, half-width katakana), case
// folding and whitespace collapsing, and matches are reported at byte
// offsets into the original text. The rules:
//   - Latin-script aliases match whole words only: "Play" is not found in
//     "display", nor "APT3" in "APT32". Designations such as APT32 or
//     Storm-0558 also match when written "APT 32" or "APT-32".
//   - Case: a word of an alias written as a proper noun ("Turla", "Cozy
//     Bear") or in capitals ("NOBELIUM") must start with a capital in the
//     text; a capitalised word of up to four letters must be all capitals.
//     Words with digits or inner capitals ("APT32", "LockBit") match in any
//     case.
//   - Ambiguous aliases, everyday words such as Play, Hive, Royal or Cuba,
//     are reported only with a cue next to them (see hasCue): "Play
//     ransomware", "the Hive gang", "ransomware group Cuba",
//     「Play」ランサムウェア.
//   - Japanese and other CJK aliases match as substrings, since those
//     scripts do not separate words; a katakana alias must not be part of a
//     longer katakana word (ハイブ is not found in ハイブリッド), except for
//     compounds such as ラザルスグループ. An alias written with the middle
//     dot that stands for a space also matches without it (ボルト・タイフーン,
//     ボルトタイフーン), and mixed forms such as INCランサム are aliases.
//   - Spellings a group lists that differ only in case or dots ("INC
//     Ransom", "Inc. Ransom") are each matched under their own case rules.
//   - At one place the longest alias wins, and matches do not overlap.
package actors
