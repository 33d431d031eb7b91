"""The HTTP contract of ../shared/API.md, through the real app and engine."""

from __future__ import annotations

import pytest

from second_thought.server.app import create_app


TEST_TOKEN = "api-test-token-" + "y" * 40
AUTH = {"Authorization": f"Bearer {TEST_TOKEN}"}


@pytest.fixture
async def client(aiohttp_client, settings, checker):
    app = create_app(settings, checker=checker, token=TEST_TOKEN)
    return await aiohttp_client(app)


@pytest.fixture
def host(client):
    return {"Host": f"127.0.0.1:{client.server.port}"}


@pytest.fixture
def settings_port(client, settings):
    # The guard checks the Host against the configured port: use the test server's.
    settings.port = client.server.port
    yield
    settings.port = 8765


async def post(client, body, **headers):
    return await client.post("/v1/check", json=body, headers={**AUTH, **headers})


@pytest.mark.usefixtures("settings_port")
class TestCheck:
    async def test_a_phone_number_comes_back_with_offsets_clause_and_fix(self, client):
        text = "Exam tomorrow, ring me on 07700 900123 if you want my answers"
        resp = await post(client, {"text": text, "context": {"role": "student", "policy": "dmu-student", "site": "x.com", "audience": "public"}})
        assert resp.status == 200
        body = await resp.json()
        phone = [f for f in body["findings"] if f["rule"] == "pii.phone_number"]
        assert len(phone) == 1
        f = phone[0]
        assert text[f["start"]:f["end"]] == "07700 900123"
        assert f["category"] == "personal_data" and f["source"] == "text"
        assert f["severity"] in ("high", "medium", "low")
        assert f["policy"] and f["policy"][0]["pack"] == "dmu-student" and len(f["policy"][0]["quote"]) > 10
        assert f["fix"] == {"replacement": "[phone number]"}
        assert isinstance(body["elapsed_ms"], float)

    async def test_findings_are_sorted_by_start(self, client):
        text = "email jo.bloggs@example.com or ring 07700 900123, sort code 20-45-77 acc 41308822"
        body = await (await post(client, {"text": text})).json()
        starts = [f["start"] for f in body["findings"] if "start" in f]
        assert starts == sorted(starts) and len(starts) >= 4

    async def test_an_empty_draft_has_no_findings(self, client):
        body = await (await post(client, {"text": ""})).json()
        assert body["findings"] == []

    async def test_the_pack_decides_the_clause(self, client):
        text = "ring me on 07700 900123"
        a = await (await post(client, {"text": text, "context": {"policy": "derby-student"}})).json()
        b = await (await post(client, {"text": text, "context": {"policy": "northampton-staff", "role": "staff"}})).json()
        assert a["findings"][0]["policy"][0]["pack"] == "derby-student"
        assert b["findings"][0]["policy"][0]["pack"] == "northampton-staff"

    async def test_a_private_audience_lowers_medium_but_never_hides_high(self, client):
        text = "her number is 07700 900644, everyone message her"
        public = await (await post(client, {"text": text, "context": {"audience": "public"}})).json()
        private = await (await post(client, {"text": text, "context": {"audience": "private"}})).json()
        sev = lambda body: [f["severity"] for f in body["findings"] if f["rule"] == "pii.phone_number"]  # noqa: E731
        assert sev(public) == ["high"] and sev(private) == ["high"]

    async def test_redacted_text_applies_every_fix(self, client):
        body = await (await post(client, {"text": "call 07700 900123 now"})).json()
        assert body["redacted_text"] == "call [phone number] now"


@pytest.mark.usefixtures("settings_port")
class TestBadInput:
    @pytest.mark.parametrize("raw, code", [
        (b"{not json", "invalid_json"),
        (b"[1, 2, 3]", "invalid_request"),
        (b'{"text": 42}', "invalid_text"),
        (b'{"text": "hi", "images": "nope"}', "invalid_images"),
        (b'{"text": "hi", "images": [{"name": "a.png", "data": "***"}]}', "invalid_image"),
        (b'{"text": "hi", "context": []}', "invalid_context"),
        (b'{"text": "hi", "context": {"role": "dean"}}', "invalid_role"),
        (b'{"text": "hi", "context": {"audience": "world"}}', "invalid_audience"),
        (b'{"text": "hi", "context": {"policy": 7}}', "unknown_policy"),
    ])
    async def test_malformed_requests_get_a_json_400(self, client, raw, code):
        resp = await client.post("/v1/check", data=raw, headers={**AUTH, "Content-Type": "application/json"})
        assert resp.status == 400
        assert (await resp.json())["error"]["code"] == code

    async def test_an_unknown_pack_is_a_404_naming_the_packs(self, client):
        resp = await post(client, {"text": "hi", "context": {"policy": "no-such-pack"}})
        assert resp.status == 404
        err = (await resp.json())["error"]
        assert err["code"] == "unknown_policy" and "dmu-student" in err["message"]

    async def test_a_text_over_the_limit_is_a_413_that_says_the_limit(self, client, settings):
        resp = await post(client, {"text": "a" * (settings.limits.max_text_chars + 1)})
        assert resp.status == 413
        err = (await resp.json())["error"]
        assert err["code"] == "text_too_long" and f"{settings.limits.max_text_chars:,}" in err["message"]

    async def test_the_error_message_never_repeats_the_draft(self, client, settings):
        canary = "CANARY-7f3a " * (settings.limits.max_text_chars // 12 + 1)
        resp = await post(client, {"text": canary})
        assert "CANARY" not in await resp.text()

    async def test_wrong_content_type_is_a_415(self, client):
        resp = await client.post("/v1/check", data="text=hi", headers={**AUTH, "Content-Type": "application/x-www-form-urlencoded"})
        assert resp.status == 415

    async def test_unknown_paths_and_methods_are_json_4xx(self, client):
        assert (await client.get("/v1/nothing", headers=AUTH)).status == 404
        resp = await client.get("/v1/check", headers=AUTH)
        assert resp.status in (404, 405) and "error" in await resp.json()


@pytest.mark.usefixtures("settings_port")
class TestOtherEndpoints:
    async def test_health_reports_version_ocr_and_packs(self, client):
        body = await (await client.get("/v1/health")).json()
        assert body["status"] == "ok" and isinstance(body["ocr"], bool)
        assert {"derby-student", "dmu-student", "nottingham-code", "staff-guidance", "northampton-staff"} <= set(body["policies"])

    async def test_health_says_when_background_start_up_work_is_done(self, client):
        # Name model and rule compilation finish after start-up; a monitor can
        # wait for "warm", and checks are answered correctly before and after.
        import asyncio
        for _ in range(600):
            body = await (await client.get("/v1/health")).json()
            if body["warm"]:
                break
            await asyncio.sleep(0.05)
        assert body["warm"] is True
        found = await (await client.post("/v1/check", json={"text": "Call Sarah Jones on 07700 900123 about the flat"}, headers=AUTH)).json()
        assert "pii.person_with_details" in {f["rule"] for f in found["findings"]}

    async def test_policies_lists_every_pack_with_its_clauses(self, client):
        body = await (await client.get("/v1/policies")).json()
        packs = {p["id"]: p for p in body["policies"]}
        assert set(packs) >= {"derby-student", "dmu-student", "nottingham-code", "staff-guidance", "northampton-staff"}
        for pack in packs.values():
            assert pack["clauses"] and all(c["quote"] for c in pack["clauses"])

    async def test_openapi_describes_every_endpoint(self, client):
        doc = await (await client.get("/v1/openapi.json")).json()
        assert doc["openapi"].startswith("3.")
        assert {"/v1/check", "/v1/health", "/v1/policies", "/v1/openapi.json"} <= set(doc["paths"])


@pytest.mark.usefixtures("settings_port")
class TestWhoMayCall:
    async def test_a_web_page_is_refused(self, client):
        resp = await post(client, {"text": "hi"}, Origin="https://evil.example")
        assert resp.status == 403 and "Access-Control-Allow-Origin" not in resp.headers

    async def test_a_null_origin_is_refused(self, client):
        assert (await post(client, {"text": "hi"}, Origin="null")).status == 403

    async def test_a_web_page_cannot_even_read_health(self, client):
        assert (await client.get("/v1/health", headers={"Origin": "https://evil.example"})).status == 403

    async def test_a_rebinding_host_is_refused(self, client):
        resp = await post(client, {"text": "hi"}, Host=f"evil.example:{client.server.port}")
        assert resp.status == 403 and (await resp.json())["error"]["code"] == "host_not_allowed"

    async def test_a_local_tool_without_the_token_is_refused(self, client):
        resp = await client.post("/v1/check", json={"text": "hi"})
        assert resp.status == 401

    async def test_a_wrong_token_is_refused(self, client):
        resp = await client.post("/v1/check", json={"text": "hi"}, headers={"Authorization": "Bearer nope"})
        assert resp.status == 401

    async def test_another_extension_is_refused(self, client):
        resp = await post(client, {"text": "hi"}, Origin="chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
        assert resp.status == 403

    async def test_the_allowed_extension_is_answered_with_its_own_cors_origin(self, client):
        origin = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
        resp = await client.post("/v1/check", json={"text": "hi"}, headers={"Origin": origin})
        assert resp.status == 200
        assert resp.headers["Access-Control-Allow-Origin"] == origin

    async def test_firefox_extension_needs_the_token(self, client):
        origin = "moz-extension://4b0e1c9e-0000-4000-8000-000000000000"
        assert (await client.post("/v1/check", json={"text": "hi"}, headers={"Origin": origin})).status == 401
        resp = await post(client, {"text": "hi"}, Origin=origin)
        assert resp.status == 200 and resp.headers["Access-Control-Allow-Origin"] == origin


async def test_a_full_queue_answers_503_with_retry_after(aiohttp_client, checker):
    """When every slot is taken by checks in flight, the next one is turned away, not piled up."""
    from second_thought.config import Settings
    from second_thought.server.app import SLOTS

    settings = Settings()
    settings.limits.queue_size = 2
    app = create_app(settings, checker=checker, token=TEST_TOKEN)
    client = await aiohttp_client(app)
    settings.port = client.server.port
    slots = app[SLOTS]
    # Two checks in flight (holding the slots as a running check does).
    await slots.acquire()
    await slots.acquire()
    busy = await client.post("/v1/check", json={"text": "hi"}, headers=AUTH)
    assert busy.status == 503
    assert busy.headers["Retry-After"] and (await busy.json())["error"]["code"] == "busy"
    slots.release()
    after = await client.post("/v1/check", json={"text": "ring me on 07700 900123"}, headers=AUTH)
    assert after.status == 200 and (await after.json())["findings"]
    slots.release()
