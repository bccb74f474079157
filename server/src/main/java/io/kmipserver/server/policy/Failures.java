package io.kmipserver.server.policy;

import io.kmipserver.codec.spec.KmipVersion;
import io.kmipserver.server.protocol.AttributeInstanceNotFoundException;
import io.kmipserver.server.protocol.AttributeNotFoundException;
import io.kmipserver.server.protocol.AttributeReadOnlyException;
import io.kmipserver.server.protocol.AttributeSingleValuedException;
import io.kmipserver.server.protocol.IllegalOperationException;
import io.kmipserver.server.protocol.InvalidAttributeValueException;
import io.kmipserver.server.protocol.InvalidFieldException;
import io.kmipserver.server.protocol.InvalidObjectTypeException;
import io.kmipserver.server.protocol.ItemNotFoundException;
import io.kmipserver.server.protocol.KeyValueNotPresentException;
import io.kmipserver.server.protocol.KmipException;
import io.kmipserver.server.protocol.NonUniqueNameAttributeException;
import io.kmipserver.server.protocol.ObjectDestroyedException;
import io.kmipserver.server.protocol.PermissionDeniedException;
import io.kmipserver.server.protocol.ReadOnlyAttributeException;
import io.kmipserver.server.protocol.WrongKeyLifecycleStateException;

/**
 * The failures whose Result Reason differs between KMIP 1.x and 2.x. KMIP 2.0 added specific reasons
 * (Wrong Key Lifecycle State, Object Destroyed, Attribute Not Found …) where 1.x error tables name a
 * generic one; a 1.x client must never receive a reason its version does not define. Every
 * version-dependent choice lives here, with the table it follows.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * The object does not exist, or belongs to another adapter (DESIGN invariant 4: the two must look
     * the same). Item Not Found in every version: KMIP 2.1 §11.46 defines it as "No object with the
     * specified Unique Identifier exists", exactly this case.
     */
    public static KmipException objectNotFound(String uniqueIdentifier) {
        return new ItemNotFoundException("no object with Unique Identifier " + uniqueIdentifier);
    }

    /**
     * The object's state does not allow the operation: Permission Denied in 1.x (KMIP 1.4 Table 346
     * Activate, Table 348 Destroy), Wrong Key Lifecycle State in 2.x (KMIP 2.1 Tables 166, 210; OASIS
     * test cases SKLC-M-2, AKLC-M-2).
     */
    public static KmipException wrongState(KmipVersion version, String message) {
        return version.is2x() ? new WrongKeyLifecycleStateException(message) : new PermissionDeniedException(message);
    }

    /** Destroy of a destroyed object: Permission Denied in 1.x (KMIP 1.4 Table 348), Object Destroyed in 2.x. */
    public static KmipException alreadyDestroyed(KmipVersion version, String message) {
        return version.is2x() ? new ObjectDestroyedException(message) : new PermissionDeniedException(message);
    }

    /**
     * The material is gone (the object was destroyed; its metadata stays): Illegal Operation in 1.x
     * ("server only has attributes for this object", KMIP 1.4 Table 338), Key Value Not Present in 2.x
     * ("A meta data only object", KMIP 2.1 §11.46).
     */
    public static KmipException materialGone(KmipVersion version, String message) {
        return version.is2x() ? new KeyValueNotPresentException(message) : new IllegalOperationException(message);
    }

    /**
     * Add (or Set) of an attribute the client may not set: Permission Denied in 1.x (KMIP 1.4 Table
     * 341), Read Only Attribute in 2.x (KMIP 2.1 Tables 169, 324).
     */
    public static KmipException readOnlyOnAdd(KmipVersion version, String message) {
        return version.is2x() ? new ReadOnlyAttributeException(message) : new PermissionDeniedException(message);
    }

    /**
     * Modify or Delete of an attribute the client may not change: Permission Denied in 1.x (KMIP 1.4
     * Tables 342, 343), Attribute Read Only in 2.x (KMIP 2.1 Tables 204, 267).
     */
    public static KmipException readOnlyOnChange(KmipVersion version, String message) {
        return version.is2x() ? new AttributeReadOnlyException(message) : new PermissionDeniedException(message);
    }

    /**
     * Modify of an attribute the object does not have: Invalid Field in 1.x ("needs to first be
     * added", KMIP 1.4 Table 342), Attribute Not Found in 2.x.
     */
    public static KmipException attributeMissingOnModify(KmipVersion version, String message) {
        return version.is2x() ? new AttributeNotFoundException(message) : new InvalidFieldException(message);
    }

    /** Delete of an attribute the object does not have: Item Not Found in 1.x (KMIP 1.4 Table 343), Attribute Not Found in 2.x. */
    public static KmipException attributeMissingOnDelete(KmipVersion version, String message) {
        return version.is2x() ? new AttributeNotFoundException(message) : new ItemNotFoundException(message);
    }

    /**
     * No instance with the given Attribute Index (1.x) or Current Attribute value (2.x): Item Not Found
     * in 1.x (KMIP 1.4 Tables 342, 343), Attribute Instance Not Found in 2.x.
     */
    public static KmipException instanceMissing(KmipVersion version, String message) {
        return version.is2x() ? new AttributeInstanceNotFoundException(message) : new ItemNotFoundException(message);
    }

    /**
     * Add Attribute of a single-instance attribute that is already set: Illegal Operation in 1.x
     * (KMIP 1.4 Table 341 "The specified attribute already exists"), Attribute Single Valued in 2.x.
     */
    public static KmipException singleValuedExists(KmipVersion version, String message) {
        return version.is2x() ? new AttributeSingleValuedException(message) : new IllegalOperationException(message);
    }

    /**
     * Another object of the adapter already has this Name. In 1.x Create and Register answer Invalid
     * Field (KMIP 1.4 Tables 328, 330), Add and Modify Attribute Illegal Operation (Tables 341, 342);
     * 2.x answers Non Unique Name Attribute.
     */
    public static KmipException nameTaken(KmipVersion version, boolean creating, String message) {
        if (version.is2x()) {
            return new NonUniqueNameAttributeException(message);
        }
        return creating ? new InvalidFieldException(message) : new IllegalOperationException(message);
    }

    /**
     * The object's type does not allow the operation (Re-key of a Secret Data): Permission Denied in 1.x
     * ("Object specified is not able to be re-keyed", KMIP 1.4 Table 331), Invalid Object Type in 2.x.
     */
    public static KmipException objectTypeNotValid(KmipVersion version, String message) {
        return version.is2x() ? new InvalidObjectTypeException(message) : new PermissionDeniedException(message);
    }

    /**
     * A request's attribute value is unusable (wrong length for the algorithm, malformed structure):
     * Invalid Field in 1.x ("Incorrect attribute value(s) specified", KMIP 1.4 Table 328), Invalid
     * Attribute Value in 2.x.
     */
    public static KmipException badAttributeValue(KmipVersion version, String message) {
        return version.is2x() ? new InvalidAttributeValueException(message) : new InvalidFieldException(message);
    }

    /**
     * Create, Register or Re-key names an attribute the client may not set: Invalid Field in 1.x
     * ("Incorrect attribute value(s) specified", KMIP 1.4 Tables 328, 330), Read Only Attribute in 2.x.
     */
    public static KmipException readOnlyOnCreate(KmipVersion version, String message) {
        return version.is2x() ? new ReadOnlyAttributeException(message) : new InvalidFieldException(message);
    }

    /**
     * A single-instance attribute given twice in one request: Invalid Field in 1.x, Attribute Single
     * Valued in 2.x.
     */
    public static KmipException givenTwice(KmipVersion version, String message) {
        return version.is2x() ? new AttributeSingleValuedException(message) : new InvalidFieldException(message);
    }
}
