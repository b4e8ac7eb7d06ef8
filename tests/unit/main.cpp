// The unit test runner: every tests/unit/*_test.cpp file links into this one binary.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
