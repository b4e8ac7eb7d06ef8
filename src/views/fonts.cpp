#include "fonts.h"

#include <imgui.h>

namespace kiosque {

namespace {

// Latin-1, Latin Extended-A, general punctuation, €, ™, and U+FFFD for
// whatever a feed sends beyond them. Keep in step with RANGES in
// scripts/subset_fonts.py.
const ImWchar kGlyphRanges[] = {0x0020, 0x017F, 0x2000, 0x206F, 0x20AC, 0x20AC,
                                0x2122, 0x2122, 0xFFFD, 0xFFFD, 0};

struct StyleSpec {
  FontFace face;
  float css_pixels;   // CSS font-size (the em) at text zoom 1
  bool article_text;  // follows the reader's text size (A-/A+); the interface does not
  bool article_only;  // drawn only in the article view: not in the first frame's atlas
};

// ImGui sizes a font by its ascent-to-descent height; CSS by its em. Noto
// Sans and Noto Serif both have ascender 1069 and descender -293 per 1000
// units: 1.362 em from top to bottom.
constexpr float kNotoHeightPerEm = 1.362f;

// Indexed by TextStyle.
constexpr StyleSpec kStyles[] = {
    {FontFace::UiRegular, 13.0f, false, false},  // Small
    {FontFace::UiRegular, 15.0f, false, false},  // Ui
    {FontFace::UiBold, 15.0f, false, false},     // UiStrong
    {FontFace::BodyBold, 19.0f, false, false},   // Headline
    {FontFace::BodyBold, 24.0f, false, false},   // SlideTitle
    {FontFace::BodyBold, 30.0f, true, false},    // Title (also a carousel placeholder's label)
    {FontFace::BodyRegular, 20.0f, true, true},  // Standfirst
    {FontFace::BodyRegular, 18.0f, true, true},  // Body
    {FontFace::BodyBold, 18.0f, true, true},     // BodyBold
    {FontFace::BodyItalic, 18.0f, true, true},   // BodyItalic
    {FontFace::UiBold, 21.0f, true, true},       // Heading
};
static_assert(sizeof(kStyles) / sizeof(kStyles[0]) == static_cast<int>(TextStyle::kCount),
              "one StyleSpec per TextStyle");

}  // namespace

const char* font_file(FontFace face) {
  switch (face) {
    case FontFace::UiRegular:
      return "fonts/NotoSans-Regular.ttf";
    case FontFace::UiBold:
      return "fonts/NotoSans-Bold.ttf";
    case FontFace::BodyRegular:
      return "fonts/NotoSerif-Regular.ttf";
    case FontFace::BodyBold:
      return "fonts/NotoSerif-Bold.ttf";
    case FontFace::BodyItalic:
      return "fonts/NotoSerif-Italic.ttf";
    case FontFace::kCount:
      break;
  }
  return "";
}

void Fonts::set_face_data(FontFace face, std::vector<unsigned char> ttf) {
  face_data_[static_cast<int>(face)] = std::move(ttf);
  built_scale_ = 0.0f;  // the next build() must use the new data
}

bool Fonts::want_article_styles() {
  if (article_styles_wanted_) return false;
  article_styles_wanted_ = true;
  built_scale_ = 0.0f;  // the next build() adds them
  return true;
}

bool Fonts::is_article_face(FontFace face) {
  return face == FontFace::BodyRegular || face == FontFace::BodyItalic;
}

bool Fonts::ready() const {
  for (int face = 0; face < static_cast<int>(FontFace::kCount); ++face)
    if (face_data_[face].empty() && !is_article_face(static_cast<FontFace>(face))) return false;
  return true;
}

bool Fonts::has_article_faces() const {
  return !face_data_[static_cast<int>(FontFace::BodyRegular)].empty() &&
         !face_data_[static_cast<int>(FontFace::BodyItalic)].empty();
}

bool Fonts::build(float scale, float text_zoom) {
  if (!ready()) return false;
  if (scale == built_scale_ && text_zoom == built_zoom_) return false;
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  // One atlas row of padding and no oversampling: glyphs are rasterised at
  // their final pixel size and drawn at whole pixels, which is what keeps
  // them sharp (oversampling only helps sub-pixel positioning, which we avoid).
  atlas->TexGlyphPadding = 1;
  for (int style = 0; style < static_cast<int>(TextStyle::kCount); ++style) {
    std::vector<unsigned char>& data = face_data_[static_cast<int>(kStyles[style].face)];
    if (data.empty() || (kStyles[style].article_only && !article_styles_wanted_)) {
      // An article face not there yet, or no article shown yet: the Ui style
      // stands in (declared before every article style), without a glyph of
      // its own in the atlas.
      fonts_[style] = fonts_[static_cast<int>(TextStyle::Ui)];
      continue;
    }
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    const float pixels = static_cast<float>(
        static_cast<int>(kStyles[style].css_pixels * kNotoHeightPerEm *
                             (kStyles[style].article_text ? text_zoom : 1.0f) * scale +
                         0.5f));
    fonts_[style] = atlas->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), pixels,
                                                &config, kGlyphRanges);
  }
  atlas->Build();
  built_scale_ = scale;
  built_zoom_ = text_zoom;
  return true;
}

}  // namespace kiosque
