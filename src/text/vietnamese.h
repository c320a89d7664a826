// The Vietnamese text toolkit: UTF-8 checks, NFC, case, slugs, list joining, name order.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.h"  // is_valid_utf8, code_points, encode_utf8 (declared there)

namespace thidua::text {

// Unicode NFC of valid UTF-8 input.
std::string nfc(std::string_view utf8);
// True when `cp` lies in the ranges nfc() passes through untouched (see its definition).
bool is_nfc_stable_starter(char32_t cp);
// True when `utf8` is already NFC.
bool is_nfc(std::string_view utf8);
// Upper case of every letter: "Khối thi đua" -> "KHỐI THI ĐUA".
std::string upper(std::string_view utf8);
// Lower case of every letter.
std::string lower(std::string_view utf8);
// A URL slug: marks stripped, đ -> d, lower case, runs of other characters -> "-".
std::string slug(std::string_view utf8);
// Trims and collapses runs of white space (including newlines) to one space; drops the
// byte order marks (U+FEFF) found inside text.
std::string squash_spaces(std::string_view utf8);
// True for the white space squash_spaces collapses: \t \n \v \f \r, space, NEL, and Unicode's
// space, line and paragraph separators (categories Zs, Zl, Zp).
bool is_white_space(char32_t cp);
// Joins the Vietnamese way: "A", "A và B", "A, B và C".
std::string join_list(const std::vector<std::string>& items, std::string_view last_joiner = "và");
// True when `word` (any case, NFC or NFD) is one well-formed Vietnamese syllable:
// initial, vowel nucleus and final that Vietnamese spelling allows, at most one tone,
// and only sắc or nặng on syllables ending in p, t, c, ch ("Khánh", "nguyễn"; not "très").
bool is_vietnamese_syllable(std::string_view word);

// Compares two words or phrases in Vietnamese dictionary order: letters by the
// alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, then
// tones ngang, huyền, hỏi, ngã, sắc, nặng, then case. Returns <0, 0 or >0.
// Word by word: a word's letters, then its tone ("ba" < "bà" < "bác"; "bà con" < "bác").
// f j w z sit in Latin order (e ê f g, i j k, v w x y z); digits, spaces and punctuation
// sort before letters, by code point; lower case before upper. NFC/NFD input and
// old/new tone placement compare equal ("Hòa" == "Hoà").
int compare_vietnamese(std::string_view a, std::string_view b);
// Compares personal names in Vietnamese order: given name (last word), then the
// middle names, then the family name (first word), each ignoring case; ties are
// broken by the whole name (so by case). Extra white space does not count.
int compare_names(std::string_view a, std::string_view b);

}  // namespace thidua::text
