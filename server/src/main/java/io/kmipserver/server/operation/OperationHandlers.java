package io.kmipserver.server.operation;

import io.kmipserver.codec.spec.Operation;
import io.kmipserver.server.keys.KeyProtector;
import io.kmipserver.server.protocol.OperationHandler;
import io.kmipserver.server.protocol.ProcessorSettings;
import io.kmipserver.server.store.ObjectStore;
import java.util.ArrayList;
import java.util.List;

/** The handler set of the server: one per supported operation. */
public final class OperationHandlers {

    private OperationHandlers() {
    }

    /** Every handler this server has, wired to the store and key protector. */
    public static List<OperationHandler<?>> standard(ObjectStore store, KeyProtector protector,
            ProcessorSettings settings) {
        List<OperationHandler<?>> handlers = new ArrayList<>(List.of(
                new DiscoverVersionsHandler(),
                new CreateHandler(store, protector),
                new RegisterHandler(store, protector),
                new ReKeyHandler(store, protector),
                new GetHandler(store, protector),
                new GetAttributesHandler(store),
                new GetAttributeListHandler(store),
                new AddAttributeHandler(store),
                new SetAttributeHandler(store),
                new ModifyAttributeHandler(store),
                new DeleteAttributeHandler(store),
                new ActivateHandler(store),
                new RevokeHandler(store),
                new DestroyHandler(store),
                new LocateHandler(store),
                new CheckHandler(store),
                new EncryptHandler(store, protector),
                new DecryptHandler(store, protector),
                new MacHandler(store, protector)));
        List<Operation> operations = new ArrayList<>();
        handlers.forEach(h -> operations.add(h.operation()));
        operations.add(Operation.QUERY);
        handlers.add(new QueryHandler(operations, settings));
        return handlers;
    }
}
