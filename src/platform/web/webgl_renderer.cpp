// Kiosque web platform: the WebGL2 renderer (see webgl_renderer.h).
//
// Index:
//   - program      shaders: textured, tinted triangles; the atlas as a mask
//   - font atlas   R8 upload, pixels freed
//   - frame        state, buffers, draw commands
#include "webgl_renderer.h"

#include <imgui.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace kiosque {

namespace {

static_assert(sizeof(ImDrawIdx) == 2, "the renderer draws 16-bit indices");

constexpr GLuint kPositionAttribute = 0, kUvAttribute = 1, kColourAttribute = 2;

const char* const kVertexShader = R"(#version 300 es
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
uniform mat4 projection;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
  frag_uv = uv;
  frag_colour = colour;
  gl_Position = projection * vec4(position, 0.0, 1.0);
})";

// The atlas is coverage only (one red byte): `alpha_mask` 1 reads it as the
// alpha of white; images are read as they are.
const char* const kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D sampler;
uniform float alpha_mask;
in vec2 frag_uv;
in vec4 frag_colour;
out vec4 out_colour;
void main() {
  vec4 texel = texture(sampler, frag_uv);
  out_colour = frag_colour * mix(texel, vec4(1.0, 1.0, 1.0, texel.r), alpha_mask);
})";

GLuint compile_shader(GLenum type, const char* source) {
  const GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

GLuint texture_name(ImTextureID id) {
  return static_cast<GLuint>(reinterpret_cast<std::intptr_t>(id));
}

}  // namespace

// ---------------------------------------------------------------------------
// Program
// ---------------------------------------------------------------------------

bool WebGlRenderer::init() {
  const GLuint vertex_shader = compile_shader(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fragment_shader = compile_shader(GL_FRAGMENT_SHADER, kFragmentShader);
  program_ = glCreateProgram();
  glAttachShader(program_, vertex_shader);
  glAttachShader(program_, fragment_shader);
  glLinkProgram(program_);
  glDeleteShader(vertex_shader);  // freed with the program
  glDeleteShader(fragment_shader);
  // Once, at start: the only state read back, to say why drawing cannot work.
  GLint linked = GL_FALSE;
  glGetProgramiv(program_, GL_LINK_STATUS, &linked);
  if (linked != GL_TRUE) return false;
  projection_location_ = glGetUniformLocation(program_, "projection");
  alpha_mask_location_ = glGetUniformLocation(program_, "alpha_mask");
  glUseProgram(program_);
  glUniform1i(glGetUniformLocation(program_, "sampler"), 0);

  glGenVertexArrays(1, &vertex_array_);
  glGenBuffers(1, &vertex_buffer_);
  glGenBuffers(1, &index_buffer_);
  glBindVertexArray(vertex_array_);
  glEnableVertexAttribArray(kPositionAttribute);
  glEnableVertexAttribArray(kUvAttribute);
  glEnableVertexAttribArray(kColourAttribute);
  // The element buffer binding belongs to the vertex array: bound once here.
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
  return true;
}

// ---------------------------------------------------------------------------
// Font atlas
// ---------------------------------------------------------------------------

void WebGlRenderer::upload_font_atlas() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
  if (font_texture_) glDeleteTextures(1, &font_texture_);
  glGenTextures(1, &font_texture_);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, font_texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of single bytes
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(font_texture_)));
  // The glyphs' positions stay in the atlas; their pixels now live in the texture.
  atlas->ClearTexData();
}

// ---------------------------------------------------------------------------
// Frame
// ---------------------------------------------------------------------------

// Everything a frame relies on, set without reading the previous state:
// nothing but this renderer draws in the widget's context (images are only
// uploaded, between frames).
void WebGlRenderer::set_render_state(int width, int height, const ImVec4& background) {
  glViewport(0, 0, width, height);
  glDisable(GL_SCISSOR_TEST);  // the whole canvas, not the last frame's last clip
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(program_);
  glBindVertexArray(vertex_array_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
  glActiveTexture(GL_TEXTURE0);
  // Device pixels, y down, to clip space.
  const float x = 2.0f / static_cast<float>(width), y = -2.0f / static_cast<float>(height);
  const float projection[16] = {x, 0, 0, 0, 0, y, 0, 0, 0, 0, -1, 0, -1, 1, 0, 1};
  glUniformMatrix4fv(projection_location_, 1, GL_FALSE, projection);
}

// Grows the buffers to hold a frame, with room to spare so that a frame a
// little larger than the last does not reallocate.
void WebGlRenderer::reserve_buffers(int vertex_count, int index_count) {
  if (vertex_count > vertex_capacity_) {
    vertex_capacity_ = vertex_count + vertex_count / 2;
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertex_capacity_) * sizeof(ImDrawVert),
                 nullptr, GL_STREAM_DRAW);
  }
  if (index_count > index_capacity_) {
    index_capacity_ = index_count + index_count / 2;
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(index_capacity_) * sizeof(ImDrawIdx), nullptr,
                 GL_STREAM_DRAW);
  }
}

void WebGlRenderer::render(const ImDrawData* draw_data, int width, int height,
                           const ImVec4& background) {
  if (!program_ || width <= 0 || height <= 0) return;
  set_render_state(width, height, background);
  if (!draw_data || draw_data->TotalVtxCount == 0) return;
  reserve_buffers(draw_data->TotalVtxCount, draw_data->TotalIdxCount);

  // Every list into the two buffers first, then the draws.
  std::size_t vertex_offset = 0, index_offset = 0;
  for (int list = 0; list < draw_data->CmdListsCount; ++list) {
    const ImDrawList* commands = draw_data->CmdLists[list];
    const std::size_t vertex_bytes = commands->VtxBuffer.Size * sizeof(ImDrawVert);
    const std::size_t index_bytes = commands->IdxBuffer.Size * sizeof(ImDrawIdx);
    glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(vertex_offset), vertex_bytes,
                    commands->VtxBuffer.Data);
    glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLintptr>(index_offset), index_bytes,
                    commands->IdxBuffer.Data);
    vertex_offset += vertex_bytes;
    index_offset += index_bytes;
  }

  GLuint bound_texture = 0;
  float alpha_mask = -1;  // not set yet this frame
  const ImVec2 origin = draw_data->DisplayPos;
  vertex_offset = index_offset = 0;
  for (int list = 0; list < draw_data->CmdListsCount; ++list) {
    const ImDrawList* commands = draw_data->CmdLists[list];
    // WebGL2 has no base vertex: the attributes start at this list's vertices.
    const auto at = [vertex_offset](std::size_t field) {
      return reinterpret_cast<const void*>(vertex_offset + field);
    };
    glVertexAttribPointer(kPositionAttribute, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUvAttribute, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kColourAttribute, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert),
                          at(offsetof(ImDrawVert, col)));
    // ImDrawCmd::VtxOffset stays 0: ImGuiBackendFlags_RendererHasVtxOffset is not set.
    for (const ImDrawCmd& command : commands->CmdBuffer) {
      if (command.UserCallback || command.ElemCount == 0) continue;
      const float clip_x = std::max(command.ClipRect.x - origin.x, 0.0f);
      const float clip_y = std::max(command.ClipRect.y - origin.y, 0.0f);
      const float clip_right = std::min(command.ClipRect.z - origin.x, static_cast<float>(width));
      const float clip_bottom = std::min(command.ClipRect.w - origin.y, static_cast<float>(height));
      if (clip_right <= clip_x || clip_bottom <= clip_y) continue;
      glScissor(static_cast<GLint>(clip_x), static_cast<GLint>(height - clip_bottom),
                static_cast<GLsizei>(clip_right - clip_x),
                static_cast<GLsizei>(clip_bottom - clip_y));
      const GLuint texture = texture_name(command.GetTexID());
      if (texture != bound_texture) {
        glBindTexture(GL_TEXTURE_2D, texture);
        bound_texture = texture;
      }
      const float mask = texture == font_texture_ ? 1.0f : 0.0f;
      if (mask != alpha_mask) {
        glUniform1f(alpha_mask_location_, mask);
        alpha_mask = mask;
      }
      glDrawElements(
          GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount), GL_UNSIGNED_SHORT,
          reinterpret_cast<const void*>(index_offset + command.IdxOffset * sizeof(ImDrawIdx)));
    }
    vertex_offset += commands->VtxBuffer.Size * sizeof(ImDrawVert);
    index_offset += commands->IdxBuffer.Size * sizeof(ImDrawIdx);
  }
}

}  // namespace kiosque
