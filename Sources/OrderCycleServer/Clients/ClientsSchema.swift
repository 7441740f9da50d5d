import Fluent

/// The clients area's migrations, in order.
enum ClientsSchema {
    static let migrations: [any Migration] = [
        CreateSegments(),
        CreateManagerSegments(),
        CreateClients(),
        CreateClientContacts(),
        CreateClientPhones(),
        CreateClientEmails(),
        CreateClientAddresses(),
        CreateManagerAssignments(),
        CreateManagerAbsences(),
    ] + TelephonySchema.migrations + [
        UpdateClientListsAddPosition(),
    ]
}
