// The news article composed from an event: the Vietnamese sentences and the article's template data.
#pragma once

#include <functional>
#include <string>

#include <kainjow/mustache.hpp>

#include "diag/diagnostic.h"
#include "model/event.h"
#include "tmpl/template_set.h"

namespace thidua::compose {

// The sentences composed from the event's data; each is empty when the data does not support it.
struct ArticleSentences {
  std::string title;    // the news title, else composed: "<bloc> ký kết giao ước thi đua năm 2022"
  std::string lead;     // "Sáng 16/02/2022, tại …, Khối thi đua … đã tổ chức Hội nghị ký kết …."
  std::string guests;   // "Chủ trì hội nghị có …. Tham dự và chỉ đạo hội nghị có đồng chí X - title; …."
  std::string members;  // "<bloc> có 16 cơ quan, đơn vị, bao gồm: A, B, …. Năm 2020 Cụm trưởng … là …."
  std::string signing;  // "Tại hội nghị đã diễn ra lễ ký kết giao ước thi đua của 7 cơ quan, đơn vị trong khối."
};

// Composes the sentences with the templates article/title (when the news has no title), article/lead, article/guests, article/members and
// article/signing (plain text, white space squashed). The lead is composed even when the news
// gives its own; a part the event switches off (<compose omit=>) stays empty. Throws Failure after reporting template errors to `diags`.
ArticleSentences compose_sentences(const model::Event& event, const tmpl::TemplateSet& templates,
                                   Diagnostics& diags);

// How the page refers to a photo once it is published.
struct PhotoRef {
  std::string src;  // URL relative to the page
  int width = 0;    // pixels; 0 when unknown
  int height = 0;
};

// Publishes (or just locates) a photo of the event and says how the page refers to it.
using PhotoResolver = std::function<PhotoRef(const model::Photo&)>;

// The template data of the article page: every piece of the event's data that a reader can use,
// with the wording prepared (dates, lists, flags) and the composed sentences. Page-level values
// (URLs of the page itself, style, JSON-LD) are the html stage's to add.
kainjow::mustache::data article_data(const model::Event& event, const tmpl::TemplateSet& templates,
                                     const PhotoResolver& photos, Diagnostics& diags);

}  // namespace thidua::compose
