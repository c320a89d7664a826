// The stages' one-way dependencies: every #include in src/ follows the arrows of docs/architecture.md.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "io/files.h"

namespace fs = std::filesystem;

namespace {

const std::string repo = THIDUA_SOURCE_DIR;

using Graph = std::map<std::string, std::set<std::string>>;

// The arrows "a --> b" of the mermaid block of docs/architecture.md.
Graph diagram_arrows() {
  std::istringstream doc(thidua::io::read_file(repo + "/docs/architecture.md"));
  Graph arrows;
  bool in_diagram = false;
  const std::regex arrow(R"(^\s*([a-z0-9_]+)\s*-->\s*([a-z0-9_]+)\s*$)");
  std::string line;
  while (std::getline(doc, line)) {
    if (line.rfind("```mermaid", 0) == 0) in_diagram = true;
    else if (line.rfind("```", 0) == 0) in_diagram = false;
    std::smatch match;
    if (in_diagram && std::regex_match(line, match, arrow)) arrows[match[1]].insert(match[2]);
  }
  return arrows;
}

// The stages `from` reaches through the arrows (itself included).
std::set<std::string> reachable(const Graph& arrows, const std::string& from) {
  std::set<std::string> seen{from};
  std::vector<std::string> todo{from};
  while (!todo.empty()) {
    const std::string stage = todo.back();
    todo.pop_back();
    const auto next = arrows.find(stage);
    if (next == arrows.end()) continue;
    for (const std::string& to : next->second) {
      if (seen.insert(to).second) todo.push_back(to);
    }
  }
  return seen;
}

}  // namespace

TEST_CASE("architecture: every folder of src/ is a stage of the diagram", "[architecture]") {
  const Graph arrows = diagram_arrows();
  REQUIRE(arrows.size() >= 5);
  std::set<std::string> drawn;
  for (const auto& [from, tos] : arrows) {
    drawn.insert(from);
    drawn.insert(tos.begin(), tos.end());
  }
  for (const auto& entry : fs::directory_iterator(repo + "/src")) {
    if (!entry.is_directory()) continue;
    const std::string stage = entry.path().filename().string();
    INFO(stage);
    CHECK(drawn.count(stage) == 1);
  }
  for (const std::string& stage : drawn) {
    INFO(stage);
    CHECK(fs::is_directory(repo + "/src/" + stage));
  }
  // The arrows go one way: no stage reaches itself through another.
  for (const auto& [from, tos] : arrows) {
    for (const std::string& to : tos) {
      INFO(from << " --> " << to);
      CHECK(reachable(arrows, to).count(from) == 0);
    }
  }
}

TEST_CASE("architecture: no #include goes against the arrows", "[architecture]") {
  const Graph arrows = diagram_arrows();
  const std::regex include(R"(^\s*#\s*include\s*"([a-z0-9_]+)/[^"]+")");
  std::size_t checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(repo + "/src")) {
    if (!entry.is_regular_file()) continue;
    const fs::path relative = fs::relative(entry.path(), repo + "/src");
    if (relative.begin() == relative.end() || std::next(relative.begin()) == relative.end()) continue;  // main.cpp
    const std::string stage = relative.begin()->string();
    const std::set<std::string> allowed = reachable(arrows, stage);
    std::ifstream source(entry.path());
    std::string line;
    int number = 0;
    while (std::getline(source, line)) {
      ++number;
      std::smatch match;
      if (!std::regex_search(line, match, include)) continue;
      ++checked;
      const std::string target = match[1];
      INFO("src/" << relative.generic_string() << ":" << number << ": " << line);
      CHECK(allowed.count(target) == 1);
    }
  }
  CHECK(checked > 100);
}
