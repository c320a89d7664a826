// The DOCX package: the parts (content types, relationships, docProps, styles, body, headers, images) and their zip.
#include "docx/docx.h"

#include <array>
#include <stdexcept>

#include "docx/parts.h"
#include "workbook/zip_writer.h"

namespace thidua::docx {

namespace {

using detail::add;

const char* kRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
const char* kOfficeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// A relationships part: (id, type, target) triples; a type without "://" is an officeDocument one.
std::string relationships(const std::vector<std::array<std::string, 3>>& list) {
  pugi::xml_document xml;
  pugi::xml_node root = detail::start_part(xml, "Relationships", "xmlns", kRelationships);
  for (const auto& [id, type, target] : list) {
    pugi::xml_node rel = add(root, "Relationship");
    rel.append_attribute("Id") = id.c_str();
    rel.append_attribute("Type") =
        (type.find("://") == std::string::npos ? std::string(kOfficeRelationship) + type : type).c_str();
    rel.append_attribute("Target") = target.c_str();
  }
  return detail::serialise(xml);
}

std::string content_types(const std::vector<std::string>& overrides, bool png, bool jpeg) {
  pugi::xml_document xml;
  pugi::xml_node root =
      detail::start_part(xml, "Types", "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  auto by_extension = [&](const char* extension, const char* type) {
    pugi::xml_node node = add(root, "Default");
    node.append_attribute("Extension") = extension;
    node.append_attribute("ContentType") = type;
  };
  by_extension("rels", "application/vnd.openxmlformats-package.relationships+xml");
  by_extension("xml", "application/xml");
  if (png) by_extension("png", "image/png");
  if (jpeg) by_extension("jpeg", "image/jpeg");
  for (const std::string& part : overrides) {
    const std::string_view name = part;
    const char* type = nullptr;
    if (name == "/word/document.xml") {
      type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    } else if (name == "/word/styles.xml") {
      type = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    } else if (name == "/word/settings.xml") {
      type = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    } else if (name == "/word/fontTable.xml") {
      type = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    } else if (name == "/word/numbering.xml") {
      type = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    } else if (name.starts_with("/word/header")) {
      type = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    } else if (name.starts_with("/word/footer")) {
      type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    } else if (name == "/docProps/core.xml") {
      type = "application/vnd.openxmlformats-package.core-properties+xml";
    } else if (name == "/docProps/app.xml") {
      type = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    }
    if (type == nullptr) continue;
    pugi::xml_node node = add(root, "Override");
    node.append_attribute("PartName") = part.c_str();
    node.append_attribute("ContentType") = type;
  }
  return detail::serialise(xml);
}

// docProps/core.xml: title, subject, author, keywords; created and modified on the event's date.
std::string core_properties(const markup::DocumentMeta& meta) {
  pugi::xml_document xml;
  pugi::xml_node root = detail::start_part(xml, "cp:coreProperties", "xmlns:cp",
                                           "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  auto text = [&](const char* name, const std::string& value) {
    if (!value.empty()) add(root, name).text().set(value.c_str());
  };
  text("dc:title", meta.title);
  text("dc:subject", meta.subject);
  text("dc:creator", meta.author);
  text("cp:keywords", meta.keywords);
  // Never the clock: the same input gives the same bytes.
  const std::string date = (meta.date.size() == 10 ? meta.date : std::string("2000-01-01")) + "T00:00:00Z";
  for (const char* name : {"dcterms:created", "dcterms:modified"}) {
    pugi::xml_node node = add(root, name);
    node.append_attribute("xsi:type") = "dcterms:W3CDTF";
    node.text().set(date.c_str());
  }
  return detail::serialise(xml);
}

std::string app_properties() {
  pugi::xml_document xml;
  pugi::xml_node root = detail::start_part(xml, "Properties", "xmlns",
                                           "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  add(root, "Application").text().set("thidua");
  return detail::serialise(xml);
}

}  // namespace

const std::string* Package::part(const std::string& name) const {
  for (const auto& [part_name, bytes] : parts) {
    if (part_name == name) return &bytes;
  }
  return nullptr;
}

Package build_package(const markup::Document& document, const markup::DocumentMeta& meta,
                      const layout::FontSet& fonts, Diagnostics& diags) {
  const std::vector<detail::StyleSpec> styles = detail::paragraph_styles(document.defaults);
  detail::Body body = detail::body_xml(document, styles, fonts, diags);
  if (diags.has_errors()) throw Failure(ExitCode::bad_input);

  std::vector<std::array<std::string, 3>> word_rels = {
      {"rIdStyles", "styles", "styles.xml"},
      {"rIdSettings", "settings", "settings.xml"},
      {"rIdFontTable", "fontTable", "fontTable.xml"},
  };
  std::vector<std::string> overrides = {"/word/document.xml", "/word/styles.xml", "/word/settings.xml",
                                        "/word/fontTable.xml"};
  Package package;
  std::vector<std::pair<std::string, std::string>> word_parts;
  const markup::PageNumbers& numbers = document.page_numbers;
  if (numbers.enabled) {
    const std::string kind = numbers.top ? "header" : "footer";
    const detail::StyleSpec& style = detail::page_number_style(styles);
    word_rels.push_back({"rIdPageNumber", kind, kind + "1.xml"});
    word_parts.emplace_back("word/" + kind + "1.xml", detail::page_number_part(numbers, style, false));
    overrides.push_back("/word/" + kind + "1.xml");
    if (numbers.from > 1) {
      word_rels.push_back({"rIdFirstPage", kind, kind + "2.xml"});
      word_parts.emplace_back("word/" + kind + "2.xml", detail::page_number_part(numbers, style, true));
      overrides.push_back("/word/" + kind + "2.xml");
    }
  }
  if (!body.numbering.empty()) {
    word_rels.push_back({"rIdNumbering", "numbering", "numbering.xml"});
    word_parts.emplace_back("word/numbering.xml", std::move(body.numbering));
    overrides.push_back("/word/numbering.xml");
  }
  bool png = false;
  bool jpeg = false;
  for (const detail::Media& media : body.media) {
    word_rels.push_back({media.rel_id, "image", media.part});
    (media.extension == "png" ? png : jpeg) = true;
  }
  overrides.push_back("/docProps/core.xml");
  overrides.push_back("/docProps/app.xml");

  // The content types first, as Word writes them; then the package's relationships and the parts.
  package.parts.emplace_back("[Content_Types].xml", content_types(overrides, png, jpeg));
  package.parts.emplace_back(
      "_rels/.rels",
      relationships({{"rId1", "officeDocument", "word/document.xml"},
                     {"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                      "docProps/core.xml"},
                     {"rId3", "extended-properties", "docProps/app.xml"}}));
  package.parts.emplace_back("docProps/core.xml", core_properties(meta));
  package.parts.emplace_back("docProps/app.xml", app_properties());
  package.parts.emplace_back("word/document.xml", std::move(body.xml));
  package.parts.emplace_back("word/_rels/document.xml.rels", relationships(word_rels));
  package.parts.emplace_back("word/styles.xml", detail::styles_xml(document, styles));
  package.parts.emplace_back("word/settings.xml", detail::settings_xml());
  package.parts.emplace_back("word/fontTable.xml", detail::font_table_xml());
  for (auto& part : word_parts) package.parts.push_back(std::move(part));
  for (detail::Media& media : body.media) package.parts.emplace_back("word/" + media.part, std::move(media.bytes));
  return package;
}

std::string package_bytes(const Package& package) {
  std::vector<workbook::ZipEntry> entries;
  entries.reserve(package.parts.size());
  for (const auto& [name, bytes] : package.parts) entries.push_back({name, bytes});
  try {
    return workbook::zip_bytes(entries);
  } catch (const std::runtime_error& error) {
    throw Failure(ExitCode::io_or_internal, SourceLoc{}, error.what());
  }
}

}  // namespace thidua::docx
