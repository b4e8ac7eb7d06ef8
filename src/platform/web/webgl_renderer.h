// Kiosque web platform: a WebGL2 renderer for Dear ImGui's draw data, in
// place of imgui_impl_opengl3.
//
// Why not imgui_impl_opengl3 (1.86): it is written for a GL context shared
// with an application, so every frame it reads the whole GL state back
// (~13 glGet*/glIsEnabled) to restore it afterwards. In WebGL each of those
// is a synchronous getParameter() round trip to the GPU process, which waits
// for the previous frame's rasterising: `make bench` measured ~5 ms of a
// 10-13 ms frame (p95) there, against ~0.5 ms for all of our own wasm work.
// The widget owns its context, so this renderer sets the state it needs and
// never reads any back. It also keeps the font atlas as one byte per pixel.
//
// Features:
//   - ImDrawData with 16-bit indices, scissor rectangles, ImTextureID = GL
//     texture name (the font atlas, and the images of web_images)
//   - the font atlas as an R8 texture from GetTexDataAsAlpha8 (a quarter of
//     RGBA32's memory), its pixels freed from the wasm heap once uploaded
//   - one vertex and one index buffer for the whole frame, grown when a
//     frame needs more and filled with bufferSubData (no reallocation)
//   - no glGet*, glIsEnabled or glGetError per frame
// Not supported (the widget uses none): ImDrawCmd user callbacks, 32-bit
// indices, a framebuffer scale other than 1 (the widget draws in device pixels).
//
//   WebGlRenderer renderer;
//   renderer.init();                       // once the context is current
//   renderer.upload_font_atlas();          // after each ImFontAtlas::Build
//   renderer.render(ImGui::GetDrawData(), width, height, background);
#pragma once

#include <GLES3/gl3.h>

struct ImDrawData;
struct ImVec4;

namespace kiosque {

class WebGlRenderer {
 public:
  // Compiles the program and creates the buffers; false when WebGL refuses.
  bool init();
  // Uploads the atlas of ImGui's current context as its texture, replacing
  // the previous one, then frees the atlas pixels.
  void upload_font_atlas();
  // Clears the default framebuffer of `width` × `height` pixels to
  // `background` (opaque) and draws into it.
  void render(const ImDrawData* draw_data, int width, int height, const ImVec4& background);

 private:
  void set_render_state(int width, int height, const ImVec4& background);
  void reserve_buffers(int vertex_count, int index_count);

  GLuint program_ = 0, vertex_array_ = 0, vertex_buffer_ = 0, index_buffer_ = 0;
  GLuint font_texture_ = 0;
  GLint projection_location_ = -1, alpha_mask_location_ = -1;
  int vertex_capacity_ = 0, index_capacity_ = 0;  // in vertices and indices
};

}  // namespace kiosque
