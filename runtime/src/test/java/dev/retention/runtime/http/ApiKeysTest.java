package dev.retention.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retention.contracts.json.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

  private static final String SHOP_KEY = "shop-key-0123456789abcdef";
  private static final String POS_KEY = "pos-key-0123456789abcdef";

  private final ApiKeys keys = ApiKeys.of(Map.of("shop", SHOP_KEY, "urn:pos", POS_KEY));

  @Test
  void shouldFindTheClientOfAConfiguredKey() {
    assertThat(keys.lookup(SHOP_KEY)).hasValue(new ApiKeys.Client("shop"));
    assertThat(keys.lookup(POS_KEY)).hasValue(new ApiKeys.Client("urn:pos"));
    assertThat(keys.sources()).containsExactly("shop", "urn:pos");
  }

  @Test
  void shouldFindNoClientForAnUnknownKeyOfAnyLength() {
    assertThat(keys.lookup("nope")).isEmpty();
    assertThat(keys.lookup(SHOP_KEY + "x")).isEmpty();
    assertThat(keys.lookup(SHOP_KEY.substring(0, SHOP_KEY.length() - 1))).isEmpty();
    assertThat(keys.lookup("")).isEmpty();
  }

  @Test
  void shouldReadTheKeyFromBearerOrApiKeyHeader() {
    assertThat(ApiKeys.presentedKey("Bearer abc", null)).hasValue("abc");
    assertThat(ApiKeys.presentedKey("bearer  abc ", null)).hasValue("abc");
    assertThat(ApiKeys.presentedKey(null, "abc")).hasValue("abc");
    assertThat(ApiKeys.presentedKey("Basic dXNlcjpwYXNz", "abc")).hasValue("abc");
    assertThat(ApiKeys.presentedKey("Basic dXNlcjpwYXNz", null)).isEmpty();
    assertThat(ApiKeys.presentedKey("Bearer ", " ")).isEmpty();
    assertThat(ApiKeys.presentedKey(null, null)).isEmpty();
  }

  @Test
  void shouldCoverTheOwnSourceAndSourcesBelowIt() {
    ApiKeys.Client shop = new ApiKeys.Client("shop");
    assertThat(shop.covers("shop")).isTrue();
    assertThat(shop.covers("shop/eu-1")).isTrue();
    assertThat(shop.covers("shop:web")).isTrue();
    assertThat(shop.covers("shopping")).isFalse();
    assertThat(shop.covers("pos")).isFalse();
    assertThat(shop.covers("sho")).isFalse();
    assertThat(shop.covers(null)).isFalse();
    assertThat(new ApiKeys.Client("urn:pos").covers("urn:pos:store-17")).isTrue();
  }

  @Test
  void shouldRefuseWeakOrSharedKeys() {
    assertThatThrownBy(() -> ApiKeys.of(Map.of("shop", "short"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shop");
    assertThatThrownBy(() -> ApiKeys.of(Map.of("shop", SHOP_KEY, "pos", SHOP_KEY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own");
    assertThatThrownBy(() -> ApiKeys.of(Map.of(" ", SHOP_KEY))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiKeys.of(Map.of("shop", " " + SHOP_KEY)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldLoadKeysFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys");
    Files.writeString(file, "# source=key\n\nshop = " + SHOP_KEY + "\nurn:pos=" + POS_KEY + "==\n");
    ApiKeys loaded = ApiKeys.load(file);
    assertThat(loaded.lookup(SHOP_KEY)).hasValue(new ApiKeys.Client("shop"));
    assertThat(loaded.lookup(POS_KEY + "==")).hasValue(new ApiKeys.Client("urn:pos"));

    Files.writeString(file, "shop\n");
    assertThatThrownBy(() -> ApiKeys.load(file)).hasMessageContaining("line 1");
    Files.writeString(file, "shop=" + SHOP_KEY + "\nshop=" + POS_KEY + "\n");
    assertThatThrownBy(() -> ApiKeys.load(file)).hasMessageContaining("two keys");
  }

  @Test
  void shouldAnswer401WithoutKeyAnd403WithAWrongKey() throws Exception {
    try (HttpServer server = HttpServer.start(new HttpServerConfig("127.0.0.1", 0, 1024, Duration.ZERO),
        List.of(), () -> "", List.of(routes -> routes.get("/who", ctx -> ctx.result(keys.authenticate(ctx).source())))
    )) {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest.Builder who = HttpRequest.newBuilder(server.baseUri().resolve("/who"));

      HttpResponse<String> missing = client.send(who.copy().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(missing.statusCode()).isEqualTo(401);
      assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
          ct -> assertThat(ct).startsWith(Problem.MEDIA_TYPE));

      HttpResponse<String> wrong = client.send(who.copy().header("Authorization", "Bearer " + POS_KEY + "x").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(403);
      JsonNode problem = Json.mapper().readTree(wrong.body());
      assertThat(problem.path("status").asInt()).isEqualTo(403);

      assertThat(client.send(who.copy().header("X-API-Key", POS_KEY).build(),
          HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("urn:pos");
      assertThat(client.send(who.copy().header("Authorization", "Bearer " + SHOP_KEY).build(),
          HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("shop");
    }
  }
}
