package dev.parley.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parley's architecture, checked: the domain is plain Java, the application knows only the domain and its own
 * ports, adapters translate and never lean on each other, contexts meet only through ids and each other's driving
 * ports, and a few habits that keep the code honest.
 */
@AnalyzeClasses(packages = "dev.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final List<String> TRANSPORT_PERSISTENCE_AND_JSON = List.of(
            "jakarta.persistence..",
            "jakarta.ws.rs..",
            "jakarta.websocket..",
            "jakarta.json..",
            "jakarta.servlet..",
            "org.eclipse.persistence..",
            "org.flywaydb..");

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk = classes()
            .that()
            .resideInAPackage("dev.parley.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("dev.parley.domain..", "java..", "javax.crypto..")
            .because("the rules of Parley must not change when a framework does");

    @ArchTest
    static final ArchRule application_uses_no_transport_persistence_or_json_api = noClasses()
            .that()
            .resideInAPackage("dev.parley.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(TRANSPORT_PERSISTENCE_AND_JSON.toArray(String[]::new))
            .because("use cases are driven through ports and must not know how they are reached or stored");

    @ArchTest
    static final ArchRule application_depends_on_nothing_outside_the_domain_the_jdk_and_cdi = classes()
            .that()
            .resideInAPackage("dev.parley.application..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "dev.parley.domain..",
                    "dev.parley.application..",
                    "java..",
                    "jakarta.inject..",
                    "jakarta.enterprise..",
                    "jakarta.transaction..");

    @ArchTest
    static final ArchRule use_cases_and_queries_are_interfaces = classes()
            .that()
            .resideInAPackage("..application..port.in..")
            .and()
            .haveSimpleNameEndingWith("UseCase")
            .or()
            .haveSimpleNameEndingWith("Query")
            .should()
            .beInterfaces();

    @ArchTest
    static final ArchRule commands_are_records = classes()
            .that()
            .resideInAPackage("..application..port.in..")
            .and()
            .haveSimpleNameEndingWith("Command")
            .should()
            .beRecords();

    @ArchTest
    static final ArchRule driven_ports_end_with_Port = classes()
            .that()
            .resideInAPackage("..application..port.out..")
            .and()
            .areInterfaces()
            .should()
            .haveSimpleNameEndingWith("Port");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other_except_rest_and_websocket_on_the_wire_shapes =
            slices().matching("dev.parley.adapters.(*)..")
                    .should()
                    .notDependOnEachOther()
                    .ignoreDependency(
                            resideInAnyPackage("dev.parley.adapters.rest..", "dev.parley.adapters.websocket.."),
                            resideInAPackage("dev.parley.adapters.wire.."))
                    .because(
                            "each adapter translates one technology; what two of them share belongs in the application,"
                                    + " except the JSON that REST and WebSocket both send, which exists once in the wire package");

    @ArchTest
    static final ArchRule background_workers_are_one_per_application = classes()
            .that()
            .implement("dev.parley.server.BackgroundWorker")
            .should()
            .beAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
            .because("the worker halted when Parley stops must be the one whose rounds run");

    @ArchTest
    static final ArchRule the_wire_shapes_depend_on_no_adapter = noClasses()
            .that()
            .resideInAPackage("dev.parley.adapters.wire..")
            .should()
            .dependOnClassesThat(
                    resideInAPackage("dev.parley.adapters..").and(not(resideInAPackage("dev.parley.adapters.wire.."))))
            .because("the JSON both REST and WebSocket send must not pull one of them into the other");

    @ArchTest
    static final ArchRule adapters_talk_to_the_application_only_through_ports = noClasses()
            .that()
            .resideInAPackage("dev.parley.adapters..")
            .should()
            .dependOnClassesThat(resideInAPackage("dev.parley.application..")
                    .and(not(resideInAPackage("dev.parley.application..port.."))))
            .because("services are implementation details behind the use-case interfaces");

    @ArchTest
    static final ArchRule api_key_secrets_are_handled_only_by_the_rules_the_use_cases_and_the_rest_adapter = noClasses()
            .that()
            .resideInAnyPackage("dev.parley.adapters..")
            .and()
            .resideOutsideOfPackage("dev.parley.adapters.rest..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("dev.parley.domain.apikey.ApiKeySecret")
            .because("an API key's secret is shown once and otherwise only hashed: it must never reach storage,"
                    + " WebSockets or logs");

    @ArchTest
    static final ArchRule webhook_secrets_are_handled_only_by_the_webhook_rules_their_use_cases_and_the_rest_adapter =
            noClasses()
                    .that()
                    .resideInAnyPackage("dev.parley.adapters..")
                    .and()
                    .resideOutsideOfPackage("dev.parley.adapters.rest..")
                    .should()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName("dev.parley.domain.webhook.WebhookSecret")
                    .because("an endpoint's secret is shown once and otherwise kept only sealed: it must never reach"
                            + " storage in the clear, WebSockets or logs");

    @ArchTest
    static final ArchRule third_party_secrets_are_sealed_only_by_the_security_adapter = noClasses()
            .that()
            .resideOutsideOfPackage("dev.parley.adapters.security..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.crypto.Cipher")
            .because("one adapter seals and opens secrets (AES-GCM under PARLEY_SECRETS_KEY), so that the key and the"
                    + " secrets in the clear stay in one place");

    @ArchTest
    static final ArchRule only_the_web_adapter_uses_the_guarded_http_client = noClasses()
            .that()
            .resideOutsideOfPackage("dev.parley.adapters.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.hc..")
            .because("the store's pages are read only through the outbound-request guard, which refuses Parley's own"
                    + " network; the web adapter's HTTP client is the only one that has it");

    @ArchTest
    static final ArchRule only_the_cluster_adapter_speaks_postgresql_itself = noClasses()
            .that()
            .resideOutsideOfPackage("dev.parley.adapters.cluster..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.postgresql..")
            .because("everything else reaches the database through JPA and the container's pool, which works on H2 and"
                    + " PostgreSQL alike; only the nudges between nodes need PostgreSQL's own LISTEN/NOTIFY, on"
                    + " connections of their own");

    @ArchTest
    static final ArchRule spans_are_made_only_where_requests_arrive_and_the_database_is_read = noClasses()
            .that()
            .resideOutsideOfPackages("dev.parley.adapters.websocket..", "dev.parley.adapters.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.opentelemetry..")
            .because("traces are a concern of the edges (Liberty traces HTTP requests itself): the rules and use"
                    + " cases stay free of any telemetry API, and a trace travels between nodes as a plain"
                    + " traceparent in a nudge");

    @ArchTest
    static final ArchRule nudges_travel_only_through_their_port_and_the_websocket_relay = noClasses()
            .that()
            .resideInAPackage("dev.parley.adapters..")
            .and()
            .resideOutsideOfPackages("dev.parley.adapters.cluster..", "dev.parley.adapters.websocket..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.parley.application.cluster..")
            .because("a nudge is what this node's connections were told, sent on to the other nodes: the WebSocket"
                    + " adapter relays it and the cluster adapter carries it, nobody else");

    @ArchTest
    static final ArchRule http_requests_leave_only_from_the_web_language_model_helpdesk_and_sms_adapters = noClasses()
            .that()
            .resideOutsideOfPackages(
                    "dev.parley.adapters.web..",
                    "dev.parley.adapters.languagemodel..",
                    "dev.parley.adapters.helpdesk..",
                    "dev.parley.adapters.sms..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..", "org.apache.hc..")
            .because("an address an admin or a visitor gives must never be fetched without the outbound-request"
                    + " guard; the language model's address is the operator's own configuration, a helpdesk's is"
                    + " the operator's template with one checked DNS label (HelpdeskAccount) in it, and the SMS"
                    + " provider's is an admin's https base URL (http only on this machine, SmsSettings) under which"
                    + " only the Messages API is called, without following redirects");

    @ArchTest
    static final ArchRule an_opened_helpdesk_secret_reaches_only_the_handoff_and_the_helpdesk_adapter = noClasses()
            .that()
            .resideOutsideOfPackages("dev.parley.application.handoff..", "dev.parley.adapters.helpdesk..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("dev.parley.application.handoff.port.out.HelpdeskCredentials")
            .because("a helpdesk's secret is opened for the one call that needs it, and goes nowhere else");

    @ArchTest
    static final ArchRule an_opened_sms_auth_token_reaches_only_the_sms_use_cases_and_the_sms_adapter = noClasses()
            .that()
            .resideOutsideOfPackages("dev.parley.application.sms..", "dev.parley.adapters.sms..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("dev.parley.application.sms.port.out.SmsCredentials")
            .because("the provider's auth token is opened for the one call that needs it, and goes nowhere else");

    @ArchTest
    static final ArchRule the_language_models_address_and_key_reach_no_adapter_but_its_own = noClasses()
            .that()
            .resideInAnyPackage("dev.parley.adapters..")
            .and()
            .resideOutsideOfPackage("dev.parley.adapters.languagemodel..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("dev.parley.application.assistant.port.out.LanguageModelConfiguration$Endpoint")
            .because("the model's key goes in its requests' Authorization header and nowhere else: never to storage,"
                    + " REST answers, WebSockets or logs");

    @ArchTest
    static final ArchRule only_the_server_knows_the_whole = noClasses()
            .that()
            .resideOutsideOfPackage("dev.parley.server..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.parley.server..");

    @ArchTest
    static final ArchRule contexts_reference_each_other_only_by_id = classes()
            .that()
            .resideInAPackage("dev.parley.domain..")
            .should(referToOtherContextsOnlyByTheirIds())
            .because("an aggregate of one context must never hold or call an aggregate of another");

    @ArchTest
    static final ArchRule application_contexts_use_each_other_only_through_their_driving_ports = classes()
            .that()
            .resideInAPackage("dev.parley.application..")
            .should(useOtherContextsOnlyThroughTheirPortIn())
            .because("a context offers others its use cases and queries; its driven ports and services are its own"
                    + " business, so that it can change them without asking");

    @ArchTest
    static final ArchRule application_contexts_reference_each_others_domain_only_by_id = classes()
            .that()
            .resideInAPackage("dev.parley.application..")
            .should(referToOtherDomainsOnlyByTheirIds())
            .because("a use case of one context must never hold or call an aggregate of another");

    @ArchTest
    static final ArchRule no_cycles_between_packages =
            slices().matching("dev.parley.(*).(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_field_injection_outside_container_created_endpoints = noFields()
            .because("constructor injection makes dependencies explicit; only WebSocket endpoints, which the"
                    + " container instantiates itself, may have their fields injected");

    @ArchTest
    static final ArchRule no_generic_exceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_standard_streams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule no_stack_traces_printed = noClasses()
            .should()
            .callMethod(Throwable.class, "printStackTrace")
            .because("failures go to the logger, with their context");

    @ArchTest
    static final ArchRule domain_and_application_never_read_the_system_clock = noClasses()
            .that()
            .resideInAnyPackage("dev.parley.domain..", "dev.parley.application..")
            .should()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.Clock.class, "systemUTC")
            .orShould()
            .callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.OffsetDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .because("time is an input: it comes from the Clock the server provides");

    @ArchTest
    static final ArchRule transactional_classes_let_refusals_through_without_an_incident = classes()
            .that()
            .areAnnotatedWith(jakarta.transaction.Transactional.class)
            .should(letDomainExceptionsThroughTheTransaction())
            .because("Liberty writes an FFDC incident with a stack trace for every exception a transaction rolls back"
                    + " on; a refusal is the caller's fault and is rolled back by RefusalRollback instead");

    private static ArchCondition<JavaClass> letDomainExceptionsThroughTheTransaction() {
        return new ArchCondition<>("list DomainException in @Transactional(dontRollbackOn)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                jakarta.transaction.Transactional transactional =
                        type.reflect().getAnnotation(jakarta.transaction.Transactional.class);
                boolean listed = List.of(transactional.dontRollbackOn())
                        .contains(dev.parley.domain.shared.DomainException.class);
                if (!listed) {
                    events.add(SimpleConditionEvent.violated(
                            type, type.getName() + " does not list DomainException in dontRollbackOn"));
                }
            }
        };
    }

    private static ArchRule noFields() {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .that()
                .areDeclaredInClassesThat()
                .areNotAnnotatedWith(jakarta.websocket.server.ServerEndpoint.class)
                .should()
                .beAnnotatedWith(jakarta.inject.Inject.class)
                .orShould()
                .beAnnotatedWith(jakarta.annotation.Resource.class);
    }

    private static final Pattern CONTEXT = Pattern.compile("dev\\.parley\\.domain\\.([a-z]+)(\\..*)?");

    private static ArchCondition<JavaClass> referToOtherContextsOnlyByTheirIds() {
        return new ArchCondition<>("refer to other contexts only by their ids") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = contextOf(origin);
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String theirs = contextOf(target);
                    boolean foreign = theirs != null && !theirs.equals(own) && !theirs.equals("shared");
                    if (foreign && !simpleNameEndingWith("Id").test(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static final Pattern APPLICATION_CONTEXT = Pattern.compile("dev\\.parley\\.application\\.([a-z]+)(\\..*)?");

    /**
     * Links between application contexts that still go through another context's driven ports, by the context that
     * holds them; each is a debt to pay off (delete its entry then), and none may be added.
     */
    private static final Map<String, Set<String>> LINKS_STILL_THROUGH_DRIVEN_PORTS = Map.of(
            "macro", Set.of("team", "ticket"),
            "notification", Set.of("conversation", "macro", "ticket"),
            "profile", Set.of("ticket"),
            "team", Set.of("audit"),
            "visitor", Set.of("profile"));

    /**
     * Types of another context's domain that application contexts still hold beyond ids, by the context that holds
     * them: a whole context, or one of its types as {@code context.Type}. Each is a debt to pay off, and none may be
     * added.
     */
    private static final Map<String, Set<String>> DOMAIN_TYPES_STILL_SHARED = Map.of(
            "apikey", Set.of("audit"),
            "macro", Set.of("audit", "team", "ticket"),
            "notification", Set.of("conversation", "ticket"),
            "profile", Set.of("ticket", "visitor"),
            "settings", Set.of("audit", "team"),
            "tag", Set.of("audit"),
            "team", Set.of("audit"),
            "ticket", Set.of("conversation.Channel", "conversation.AuthorKind", "conversation.ConversationEvent"),
            "visitor", Set.of("profile"));

    private static ArchCondition<JavaClass> useOtherContextsOnlyThroughTheirPortIn() {
        return new ArchCondition<>("use other contexts only through their port.in") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = applicationContextOf(origin);
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String theirs = applicationContextOf(target);
                    boolean foreign = theirs != null && !theirs.equals(own) && !theirs.equals("shared");
                    if (foreign
                            && !target.getPackageName().startsWith("dev.parley.application." + theirs + ".port.in")
                            && !owed(LINKS_STILL_THROUGH_DRIVEN_PORTS, own, theirs, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaClass> referToOtherDomainsOnlyByTheirIds() {
        return new ArchCondition<>("refer to other contexts' domain only by their ids") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = applicationContextOf(origin);
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String theirs = contextOf(target);
                    boolean foreign = theirs != null && !theirs.equals(own) && !theirs.equals("shared");
                    if (foreign
                            && !simpleNameEndingWith("Id").test(target)
                            && !owed(DOMAIN_TYPES_STILL_SHARED, own, theirs, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static boolean owed(Map<String, Set<String>> debts, String own, String theirs, JavaClass target) {
        Set<String> owed = debts.getOrDefault(own, Set.of());
        return owed.contains(theirs) || owed.contains(theirs + "." + target.getSimpleName());
    }

    private static String applicationContextOf(JavaClass javaClass) {
        Matcher matcher = APPLICATION_CONTEXT.matcher(javaClass.getPackageName());
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static String contextOf(JavaClass javaClass) {
        Matcher matcher = CONTEXT.matcher(javaClass.getPackageName());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
