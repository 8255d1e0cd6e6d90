// A dependency-free stand-in for CloudWatch's HTTP API, for the app-image smoke test: run it with
//   java .ci/CloudWatchStubServer.java PORT        (0: any free port)
// It prints "CloudWatch stub listening on http://127.0.0.1:N", listens there until killed, and answers the AWS Query protocol the SDK speaks (form-encoded POSTs of
// Action=...&Version=2010-08-01) with XML shaped after AWS's documented examples: ListMetrics returns one
// metric (DataOps/Smoke SmokeTestMetric, dimension Stage=smoke), PutMetricData an empty success, any other
// action an InvalidAction error. Each request's Action is printed to stdout, so the smoke test can check that
// the image's SDK really called it. Not used by the Maven tests (they use WireMock, CloudWatchStub).
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

public final class CloudWatchStubServer {

    private static final String NS = "http://monitoring.amazonaws.com/doc/2010-08-01/";

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", CloudWatchStubServer::answer);
        server.start();
        System.out.println("CloudWatch stub listening on http://127.0.0.1:" + server.getAddress().getPort());
        System.out.flush();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            Map<String, String> form = form(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            String action = form.getOrDefault("Action", "");
            System.out.println("request: " + exchange.getRequestMethod() + " Action=" + action);
            System.out.flush();
            String requestId = UUID.randomUUID().toString();
            int status = 200;
            String xml;
            if (action.equals("ListMetrics")) {
                xml = "<ListMetricsResponse xmlns=\"" + NS + "\"><ListMetricsResult><Metrics><member>"
                        + "<Dimensions><member><Name>Stage</Name><Value>smoke</Value></member></Dimensions>"
                        + "<MetricName>SmokeTestMetric</MetricName><Namespace>DataOps/Smoke</Namespace>"
                        + "</member></Metrics></ListMetricsResult>"
                        + "<ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata>"
                        + "</ListMetricsResponse>";
            } else if (action.equals("PutMetricData")) {
                xml = "<PutMetricDataResponse xmlns=\"" + NS + "\"><ResponseMetadata><RequestId>" + requestId
                        + "</RequestId></ResponseMetadata></PutMetricDataResponse>";
            } else {
                status = 400;
                xml = "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>InvalidAction</Code>"
                        + "<Message>The smoke-test stub does not answer " + action + "</Message></Error>"
                        + "<RequestId>" + requestId + "</RequestId></ErrorResponse>";
            }
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
