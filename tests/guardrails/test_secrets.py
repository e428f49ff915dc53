import pytest

from guardrails import CheckContext, PolicyError
from guardrails.checks.secrets import SecretsCheck, shannon_entropy

PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n-----END RSA PRIVATE KEY-----"


@pytest.fixture(scope="module")
def check() -> SecretsCheck:
    return SecretsCheck()


class TestSecretsCheck:
    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("key: AKIAZ3MHQ7TD2XLP4ZUN", "aws_access_key_id"),
            ("aws_secret_access_key = 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", "aws_secret_access_key"),
            ("token ghp_4f8Kq2LmN7pR1sT5vW9xY3zA6bC0dE2gH4jK", "github_token"),
            ("SLACK=xoxb-2938475610-1029384756-a8Bc7De6Fg5H", "slack_token"),
            ("sk_live_51HqLmN2eZvKYlo2C8f7Gh3Jk", "stripe_key"),
            ("OPENAI_API_KEY=sk-proj-Xa9Lm2Qp7Rt4Vw8Yz1Bc5De3Fg6Hj0Kn", "openai_key"),
            ("use sk-ant-api03-Zx8Cv7Bn6Mq5Wr4Te3Yu2Io1Pa0Sd", "anthropic_key"),
            ("AIzaSyD4f8Kq2LmN7pR1sT5vW9xY3zA6bC0dE2g here", "google_api_key"),
            (PRIVATE_KEY, "private_key"),
            ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "jwt"),
            ("Authorization: Bearer 9f8e7d6c5b4a3210fedcba9876543210abcd", "bearer_token"),
            ("DATABASE_URL=postgres://app:S3cr3tP4ss@db.internal:5432/app", "url_credentials"),
            ("my password is Tr0ub4dor&3x", "credential_assignment"),
        ],
    )
    def test_it_finds_credentials(self, check: SecretsCheck, text: str, label: str) -> None:
        result = check.run(text, context=CheckContext())
        assert not result.passed
        assert label in {s.label for s in result.spans}

    @pytest.mark.parametrize(
        "text",
        [
            "Set AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE as in the AWS docs.",
            "api_key = os.environ['OPENAI_API_KEY']",
            "password: <your-password-here>",
            "Put your token in the YOUR_API_KEY variable.",
            "postgres://user:password@localhost/db",
            "Our task-list has a sk-item for each step.",
            "The token is expired_already, request a new one.",
            "Use a strong password with at least 12 characters.",
            "-----BEGIN PUBLIC KEY-----",
            "My PIN reminder: the usual.",
        ],
    )
    def test_it_passes_placeholders_and_look_alikes(self, check: SecretsCheck, text: str) -> None:
        result = check.run(text, context=CheckContext())
        assert result.passed, [(s.label, text[s.start : s.end]) for s in result.spans]

    def test_it_spans_the_whole_private_key_block(self, check: SecretsCheck) -> None:
        text = f"here:\n{PRIVATE_KEY}\nthanks"
        span = check.run(text, context=CheckContext()).spans[0]
        assert text[span.start : span.end] == PRIVATE_KEY

    def test_it_never_echoes_the_secret(self, check: SecretsCheck) -> None:
        secret = "ghp_4f8Kq2LmN7pR1sT5vW9xY3zA6bC0dE2gH4jK"
        result = check.run(secret, context=CheckContext())
        assert secret not in result.message and secret not in str(result.to_dict())

    def test_it_can_run_a_subset_of_detectors(self) -> None:
        check = SecretsCheck({"detectors": ["private_key"]})
        assert check.run("AKIAZ3MHQ7TD2XLP4ZUN", context=CheckContext()).passed

    def test_it_rejects_unknown_detectors(self) -> None:
        with pytest.raises(PolicyError, match="unknown detector 'aws'"):
            SecretsCheck({"detectors": ["aws"]})

    def test_it_measures_entropy(self) -> None:
        assert shannon_entropy("aaaa") == 0.0
        assert shannon_entropy("abcd") == 2.0
