// Tests for src/core/row_window.cpp: the rows of a long list on screen.
#include "core/row_window.h"

#include <doctest/doctest.h>

using namespace kiosque;

TEST_CASE("RowWindow: unmeasured rows count as the estimate") {
  RowWindow rows;
  rows.set_list(5000, 300, 100);
  const RowSpan span = rows.visible(250, 550);
  CHECK(span.first == 2);
  CHECK(span.end == 6);
  CHECK(span.first_top == 200);
  CHECK(span.total_height == 500000);
}

TEST_CASE("RowWindow: measured rows move the rows after them") {
  RowWindow rows;
  rows.set_list(10, 300, 100);
  rows.measured(0, 40);
  rows.measured(1, 40);
  const RowSpan span = rows.visible(85, 150);
  CHECK(span.first == 2);
  CHECK(span.first_top == 80);
  CHECK(span.end == 3);
  CHECK(span.total_height == 880);
}

TEST_CASE("RowWindow: the view at the top, past the end, and an empty list") {
  RowWindow rows;
  rows.set_list(3, 300, 100);
  CHECK(rows.visible(0, 1000).first == 0);
  CHECK(rows.visible(0, 1000).end == 3);
  const RowSpan past = rows.visible(400, 500);
  CHECK(past.first == 3);
  CHECK(past.end == 3);
  CHECK(past.first_top == 300);
  rows.set_list(0, 300, 100);
  CHECK(rows.visible(0, 100).total_height == 0);
}

TEST_CASE("RowWindow: a new width or count forgets the measures, a new estimate does not") {
  RowWindow rows;
  rows.set_list(4, 300, 100);
  rows.measured(0, 10);
  rows.set_list(4, 300, 50);
  CHECK(rows.visible(0, 1).total_height == 160);
  rows.set_list(4, 200, 50);
  CHECK(rows.visible(0, 1).total_height == 200);
  rows.measured(1, 10);
  rows.set_list(5, 200, 50);
  CHECK(rows.visible(0, 1).total_height == 250);
}
