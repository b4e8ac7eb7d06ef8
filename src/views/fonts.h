// Kiosque views: the font faces the reader draws with, built into ImGui's
// atlas at the device pixel ratio so that text is rasterised for the real
// pixels (crisp at DPR 1, 1.5, 2, 3) instead of being scaled.
//
// The faces only an article's text uses (serif regular and italic) are
// optional: a first visit that stays on the headlines never downloads them
// (35 kB of gzip, a third of the fonts), and the atlas the first frame
// builds is smaller without them. Until they are given, their styles are
// stand-ins (see has_article_faces). The styles only the article view draws
// are left out of the atlas too until want_article_styles(): rasterising
// glyphs is most of the first frame's cost.
#pragma once

#include <string>
#include <vector>

struct ImFont;

namespace kiosque {

enum class FontFace { UiRegular, UiBold, BodyRegular, BodyBold, BodyItalic, kCount };

// The TTF file of each face, relative to the widget's asset folder.
const char* font_file(FontFace face);

enum class TextStyle {
  Small,       // dates, labels
  Ui,          // tabs, buttons
  UiStrong,    // active tab, section labels
  Headline,    // headline list titles
  SlideTitle,  // carousel titles, over the picture
  Title,       // article title
  Standfirst,
  Body,
  BodyBold,
  BodyItalic,
  Heading,  // sub-headings inside an article
  kCount
};

class Fonts {
 public:
  // Hands over one face's TTF bytes (kept: the atlas is rebuilt from them).
  void set_face_data(FontFace face, std::vector<unsigned char> ttf);
  bool ready() const;              // every face but the article faces has data
  bool has_article_faces() const;  // ... and the article faces too
  static bool is_article_face(FontFace face);
  // An article is about to be shown: the next build() adds the styles only
  // the article view uses (their faces permitting; until then, stand-ins).
  // True when this call is the one that asked (the atlas must be rebuilt).
  bool want_article_styles();

  // Rebuilds the ImGui atlas for `scale` (device pixels per CSS pixel) and
  // text zoom; returns true when the atlas changed and the GL texture must be
  // re-uploaded.
  bool build(float scale, float text_zoom = 1.0f);
  ImFont* get(TextStyle style) const { return fonts_[static_cast<int>(style)]; }

 private:
  std::vector<unsigned char> face_data_[static_cast<int>(FontFace::kCount)];
  ImFont* fonts_[static_cast<int>(TextStyle::kCount)] = {};
  float built_scale_ = 0.0f;
  float built_zoom_ = 0.0f;
  bool article_styles_wanted_ = false;
};

}  // namespace kiosque
