package io.dataops.workbench.monitor.cloudwatch.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * CloudWatch's HTTP API as the SDK sees it, on 127.0.0.1: the AWS Query protocol (form-encoded
 * {@code Action=...&Version=2010-08-01&...} POSTs to {@code /}) answered with XML in the
 * {@code http://monitoring.amazonaws.com/doc/2010-08-01/} namespace, shaped after AWS's documented
 * examples. Tests stub an action's answer ({@link #respond}), a sequence of answers ({@link #respondInSequence}),
 * or an error ({@link #fail}), and read back the decoded form parameters of what the SDK sent ({@link #requests}).
 */
public final class CloudWatchStub implements AutoCloseable {

    public static final String NAMESPACE = "http://monitoring.amazonaws.com/doc/2010-08-01/";
    public static final String REGION = "us-east-1";

    private final WireMockServer server;

    private CloudWatchStub(WireMockServer server) {
        this.server = server;
    }

    public static CloudWatchStub start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return new CloudWatchStub(server);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** The default-chain connection to the stub, region {@value #REGION}. */
    public CloudWatchConnection connection() {
        return new CloudWatchConnection(Optional.empty(), REGION, Optional.of(endpoint()));
    }

    /** Clients with static test credentials and a 1 ms backoff, so retries are fast. */
    public static CloudWatchClients clients() {
        return CloudWatchClients.withCredentials(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDSTUBSTUBSTUBSTUB", "stub-secret-key")), Duration.ofMillis(1));
    }

    /** Answers every request of {@code action} with {@code xml} (see {@link #ok}). */
    public void respond(String action, String xml) {
        server.stubFor(action(action).willReturn(xml(200, xml)));
    }

    /**
     * Answers requests of {@code action} whose form holds {@code param=value} (decoded) with {@code xml}; more
     * specific than {@link #respond}, so it wins where both match.
     */
    public void respondWhere(String action, String param, String value, String xml) {
        String encoded = URLDecoder.decode(value, StandardCharsets.UTF_8).equals(value)
                ? java.net.URLEncoder.encode(value, StandardCharsets.UTF_8) : value;
        server.stubFor(post(urlPathEqualTo("/"))
                .withRequestBody(matching("(?s)(.*&)?Action=" + action + "(&.*)?"))
                .withRequestBody(matching("(?s)(.*&)?" + Pattern.quote(param + "=" + encoded) + "(&.*)?"))
                .atPriority(1)
                .willReturn(xml(200, xml)));
    }

    /** Answers the first request of {@code action} with the first body, the second with the second, and so on; the last repeats. */
    public void respondInSequence(String action, Response... responses) {
        String scenario = action + "-" + UUID.randomUUID();
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "step-" + i;
            com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder mapping = action(action).inScenario(scenario)
                    .whenScenarioStateIs(state);
            mapping.willReturn(xml(responses[i].status(), responses[i].xml()));
            if (i + 1 < responses.length) {
                mapping.willSetStateTo("step-" + (i + 1));
            }
            server.stubFor(mapping);
        }
    }

    /** Answers every request of {@code action} with an AWS error. */
    public void fail(String action, int status, String code, String message) {
        server.stubFor(action(action).willReturn(xml(status, error(code, message))));
    }

    /** The decoded form parameters of each request of {@code action} received, in order. */
    public List<Map<String, String>> requests(String action) {
        List<Map<String, String>> found = new ArrayList<>();
        for (LoggedRequest request : server.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/")))) {
            Map<String, String> form = form(request.getBodyAsString());
            if (action.equals(form.get("Action"))) {
                found.add(form);
            }
        }
        return found;
    }

    /**
     * The form bodies of each request of {@code action} received, in order, as text. The SDK gzips large
     * PutMetricData bodies (Content-Encoding: gzip); WireMock inflates such bodies before logging them, so
     * these are the bodies as the form reads, and their lengths are the uncompressed sizes.
     */
    public List<String> requestBodies(String action) {
        List<String> found = new ArrayList<>();
        for (LoggedRequest request : server.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/")))) {
            String body = request.getBodyAsString();
            if (action.equals(form(body).get("Action"))) {
                found.add(body);
            }
        }
        return found;
    }

    /** Every request received, as logged (headers, raw body). */
    public List<LoggedRequest> allRequests() {
        List<LoggedRequest> requests = new ArrayList<>(server.getAllServeEvents().stream().map(e -> e.getRequest()).toList());
        java.util.Collections.reverse(requests);
        return requests;
    }

    public void reset() {
        server.resetAll();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** {@code <ActionResponse><ActionResult>result</ActionResult><ResponseMetadata/></ActionResponse>}. */
    public static String ok(String action, String resultXml) {
        return "<" + action + "Response xmlns=\"" + NAMESPACE + "\">"
                + "<" + action + "Result>" + resultXml + "</" + action + "Result>"
                + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</" + action + "Response>";
    }

    /** An action with no result element (PutMetricData, PutMetricAlarm, PutDashboard's empty answer). */
    public static String okEmpty(String action) {
        return "<" + action + "Response xmlns=\"" + NAMESPACE + "\">"
                + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</" + action + "Response>";
    }

    /** AWS's Query-protocol error document, as in the CloudWatch throttling example. */
    public static String error(String code, String message) {
        return "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type><Code>" + code + "</Code>"
                + "<Message>" + message + "</Message></Error><RequestId>" + UUID.randomUUID() + "</RequestId>"
                + "</ErrorResponse>";
    }

    public static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    private static MappingBuilder action(String action) {
        return post(urlPathEqualTo("/")).withRequestBody(matching("(?s)(.*&)?Action=" + action + "(&.*)?"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }

    /** One answer of a sequence: a status and an XML body. */
    public record Response(int status, String xml) {

        public static Response ok(String action, String resultXml) {
            return new Response(200, CloudWatchStub.ok(action, resultXml));
        }

        public static Response error(int status, String code, String message) {
            return new Response(status, CloudWatchStub.error(code, message));
        }
    }
}
