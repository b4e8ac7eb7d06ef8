#include "text_layout.h"

#include <string>

namespace kiosque {

namespace {

// One unbreakable word: pieces from one or more runs, measured.
struct Word {
  std::vector<LayoutFragment> pieces;
  float width = 0;
};

// French typography puts a space inside « » and before : ; ! ? — feeds often
// type an ordinary one where a no-break space belongs. Such a space binds
// like a no-break space: the mark never starts or ends a line alone.
bool space_binds(std::string_view text, std::size_t space) {
  const std::string_view before = text.substr(0, space);
  const std::string_view after = text.substr(space + 1);
  const bool opens = before.size() >= 2 && before.substr(before.size() - 2) == "\xC2\xAB";  // «
  const bool closes = after.rfind("\xC2\xBB", 0) == 0 ||                                    // »
                      (!after.empty() &&
                       (after[0] == ':' || after[0] == ';' || after[0] == '!' || after[0] == '?') &&
                       (after.size() == 1 || after[1] == ' '));
  return opens || closes;
}

// The next space at or after `from` where a line may break.
std::size_t next_break(std::string_view text, std::size_t from) {
  for (std::size_t space = text.find(' ', from); space != std::string_view::npos;
       space = text.find(' ', space + 1))
    if (!space_binds(text, space)) return space;
  return text.size();
}

class LineBuilder {
 public:
  LineBuilder(float max_width, std::vector<LayoutLine>& lines)
      : max_width_(max_width), lines_(lines) {}

  // `space_before` is the width of the space that separates it from the previous word.
  void add_word(Word& word, float space_before) {
    if (word.pieces.empty()) return;
    const bool fits =
        line_.fragments.empty() || line_.width + space_before + word.width <= max_width_;
    if (!fits) finish_line();
    float x = line_.fragments.empty() ? 0.0f : line_.width + space_before;
    for (LayoutFragment& piece : word.pieces) {
      piece.x = x;
      x += piece.width;
      line_.fragments.push_back(piece);
    }
    line_.width = x;
  }

  void finish_line() {
    lines_.push_back(std::move(line_));
    line_ = LayoutLine{};
  }

  bool line_empty() const { return line_.fragments.empty(); }

 private:
  float max_width_;
  std::vector<LayoutLine>& lines_;
  LayoutLine line_;
};

}  // namespace

std::vector<LayoutLine> layout_runs(const std::vector<TextRun>& runs, float max_width,
                                    const MeasureText& measure) {
  std::vector<LayoutLine> lines;
  LineBuilder builder(max_width, lines);
  Word word;
  float pending_space = 0;  // width of the space(s) before the word being built
  bool ended_with_break = false;

  auto end_word = [&]() {
    builder.add_word(word, pending_space);
    word = Word{};
  };

  for (std::size_t r = 0; r < runs.size(); ++r) {
    const TextRun& run = runs[r];
    if (run.text == "\n") {
      end_word();
      builder.finish_line();
      pending_space = 0;
      ended_with_break = true;
      continue;
    }
    ended_with_break = false;
    const std::string& text = run.text;
    std::size_t i = 0;
    while (i < text.size()) {
      if (text[i] == ' ' && !space_binds(text, i)) {
        if (!word.pieces.empty()) {
          end_word();
          pending_space = 0;
        }
        std::size_t spaces_end = text.find_first_not_of(' ', i);
        if (spaces_end == std::string::npos) spaces_end = text.size();
        // Any run of spaces counts as one, as in HTML.
        if (pending_space == 0) pending_space = measure(run.style, " ");
        i = spaces_end;
        continue;
      }
      const std::size_t piece_end = next_break(text, i);
      LayoutFragment piece;
      piece.run = r;
      piece.begin = i;
      piece.end = piece_end;
      piece.width = measure(run.style, std::string_view(text).substr(i, piece_end - i));
      if (word.pieces.empty() && builder.line_empty()) pending_space = 0;
      word.pieces.push_back(piece);
      word.width += piece.width;
      i = piece_end;
    }
  }
  end_word();
  if (!builder.line_empty() || ended_with_break) builder.finish_line();
  return lines;
}

std::vector<LayoutLine> layout_text(std::string_view text, float max_width,
                                    const MeasureText& measure) {
  std::vector<TextRun> runs(1);
  runs[0].text = std::string(text);
  return layout_runs(runs, max_width, measure);
}

}  // namespace kiosque
