// Generated from codec/src/spec/enums/profile-name.csv by io.kmipserver.codec.spec.generator.SpecGenerator — do not edit.
// Regenerate from the repository root: java codec/src/test/java/io/kmipserver/codec/spec/generator/SpecGenerator.java
package io.kmipserver.codec.spec;

import java.util.Map;

/**
 * Profile Name enumeration (KMIP 1.3 §9.1.3.2.42; 1.4 §9.1.3.2.42; 2.0 §11.40; 2.1 §11.41).
 * Carried by the tag Profile Name ({@link Tag#PROFILE_NAME}).
 *
 * <p>Values 8XXXXXXX are vendor extensions; {@link #fromValue(int)} returns {@code null} for them.
 *
 * <p>The spec table also has the non-numeric rows 00000001-00000103.
 *
 * <p>Constant names: see the package documentation.
 */
public enum ProfileName implements KmipEnum {
    /** Baseline Server Basic KMIP v1.2, 0x00000001, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_SERVER_BASIC_KMIP_V1_2(0x00000001, "Baseline Server Basic KMIP v1.2", "BaselineServerBasicKMIPV1_2", "1.3 1.4"),
    /** Baseline Server TLS v1.2 KMIP v1.2, 0x00000002, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_SERVER_TLS_V1_2_KMIP_V1_2(0x00000002, "Baseline Server TLS v1.2 KMIP v1.2", "BaselineServerTLSV1_2KMIPV1_2", "1.3 1.4"),
    /** Baseline Client Basic KMIP v1.2, 0x00000003, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_CLIENT_BASIC_KMIP_V1_2(0x00000003, "Baseline Client Basic KMIP v1.2", "BaselineClientBasicKMIPV1_2", "1.3 1.4"),
    /** Baseline Client TLS v1.2 KMIP v1.2, 0x00000004, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_CLIENT_TLS_V1_2_KMIP_V1_2(0x00000004, "Baseline Client TLS v1.2 KMIP v1.2", "BaselineClientTLSV1_2KMIPV1_2", "1.3 1.4"),
    /** Complete Server Basic KMIP v1.2, 0x00000005, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    COMPLETE_SERVER_BASIC_KMIP_V1_2(0x00000005, "Complete Server Basic KMIP v1.2", "CompleteServerBasicKMIPV1_2", "1.3 1.4"),
    /** Complete Server TLS v1.2 KMIP v1.2, 0x00000006, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    COMPLETE_SERVER_TLS_V1_2_KMIP_V1_2(0x00000006, "Complete Server TLS v1.2 KMIP v1.2", "CompleteServerTLSV1_2KMIPV1_2", "1.3 1.4"),
    /** Tape Library Client KMIP v1.0, 0x00000007, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    TAPE_LIBRARY_CLIENT_KMIP_V1_0(0x00000007, "Tape Library Client KMIP v1.0", "TapeLibraryClientKMIPV1_0", "1.3 1.4"),
    /** Tape Library Client KMIP v1.1, 0x00000008, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    TAPE_LIBRARY_CLIENT_KMIP_V1_1(0x00000008, "Tape Library Client KMIP v1.1", "TapeLibraryClientKMIPV1_1", "1.3 1.4"),
    /** Tape Library Client KMIP v1.2, 0x00000009, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    TAPE_LIBRARY_CLIENT_KMIP_V1_2(0x00000009, "Tape Library Client KMIP v1.2", "TapeLibraryClientKMIPV1_2", "1.3 1.4"),
    /** Tape Library Server KMIP v1.0, 0x0000000A, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    TAPE_LIBRARY_SERVER_KMIP_V1_0(0x0000000A, "Tape Library Server KMIP v1.0", "TapeLibraryServerKMIPV1_0", "1.3 1.4"),
    /** Tape Library Server KMIP v1.1, 0x0000000B, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    TAPE_LIBRARY_SERVER_KMIP_V1_1(0x0000000B, "Tape Library Server KMIP v1.1", "TapeLibraryServerKMIPV1_1", "1.3 1.4"),
    /** Tape Library Server KMIP v1.2, 0x0000000C, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    TAPE_LIBRARY_SERVER_KMIP_V1_2(0x0000000C, "Tape Library Server KMIP v1.2", "TapeLibraryServerKMIPV1_2", "1.3 1.4"),
    /** Symmetric Key Lifecycle Client KMIP v1.0, 0x0000000D, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0(0x0000000D, "Symmetric Key Lifecycle Client KMIP v1.0", "SymmetricKeyLifecycleClientKMIPV1_0", "1.3 1.4"),
    /** Symmetric Key Lifecycle Client KMIP v1.1, 0x0000000E, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1(0x0000000E, "Symmetric Key Lifecycle Client KMIP v1.1", "SymmetricKeyLifecycleClientKMIPV1_1", "1.3 1.4"),
    /** Symmetric Key Lifecycle Client KMIP v1.2, 0x0000000F, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2(0x0000000F, "Symmetric Key Lifecycle Client KMIP v1.2", "SymmetricKeyLifecycleClientKMIPV1_2", "1.3 1.4"),
    /** Symmetric Key Lifecycle Server KMIP v1.0, 0x00000010, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0(0x00000010, "Symmetric Key Lifecycle Server KMIP v1.0", "SymmetricKeyLifecycleServerKMIPV1_0", "1.3 1.4"),
    /** Symmetric Key Lifecycle Server KMIP v1.1, 0x00000011, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1(0x00000011, "Symmetric Key Lifecycle Server KMIP v1.1", "SymmetricKeyLifecycleServerKMIPV1_1", "1.3 1.4"),
    /** Symmetric Key Lifecycle Server KMIP v1.2, 0x00000012, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2(0x00000012, "Symmetric Key Lifecycle Server KMIP v1.2", "SymmetricKeyLifecycleServerKMIPV1_2", "1.3 1.4"),
    /** Asymmetric Key Lifecycle Client KMIP v1.0, 0x00000013, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0(0x00000013, "Asymmetric Key Lifecycle Client KMIP v1.0", "AsymmetricKeyLifecycleClientKMIPV1_0", "1.3 1.4"),
    /** Asymmetric Key Lifecycle Client KMIP v1.1, 0x00000014, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1(0x00000014, "Asymmetric Key Lifecycle Client KMIP v1.1", "AsymmetricKeyLifecycleClientKMIPV1_1", "1.3 1.4"),
    /** Asymmetric Key Lifecycle Client KMIP v1.2, 0x00000015, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2(0x00000015, "Asymmetric Key Lifecycle Client KMIP v1.2", "AsymmetricKeyLifecycleClientKMIPV1_2", "1.3 1.4"),
    /** Asymmetric Key Lifecycle Server KMIP v1.0, 0x00000016, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0(0x00000016, "Asymmetric Key Lifecycle Server KMIP v1.0", "AsymmetricKeyLifecycleServerKMIPV1_0", "1.3 1.4"),
    /** Asymmetric Key Lifecycle Server KMIP v1.1, 0x00000017, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1(0x00000017, "Asymmetric Key Lifecycle Server KMIP v1.1", "AsymmetricKeyLifecycleServerKMIPV1_1", "1.3 1.4"),
    /** Asymmetric Key Lifecycle Server KMIP v1.2, 0x00000018, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2(0x00000018, "Asymmetric Key Lifecycle Server KMIP v1.2", "AsymmetricKeyLifecycleServerKMIPV1_2", "1.3 1.4"),
    /** Basic Cryptographic Client KMIP v1.2, 0x00000019, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2(0x00000019, "Basic Cryptographic Client KMIP v1.2", "BasicCryptographicClientKMIPV1_2", "1.3 1.4"),
    /** Basic Cryptographic Server KMIP v1.2, 0x0000001A, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_2(0x0000001A, "Basic Cryptographic Server KMIP v1.2", "BasicCryptographicServerKMIPV1_2", "1.3 1.4"),
    /** Advanced Cryptographic Client KMIP v1.2, 0x0000001B, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2(0x0000001B, "Advanced Cryptographic Client KMIP v1.2", "AdvancedCryptographicClientKMIPV1_2", "1.3 1.4"),
    /** Advanced Cryptographic Server KMIP v1.2, 0x0000001C, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_2(0x0000001C, "Advanced Cryptographic Server KMIP v1.2", "AdvancedCryptographicServerKMIPV1_2", "1.3 1.4"),
    /** RNG Cryptographic Client KMIP v1.2, 0x0000001D, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2(0x0000001D, "RNG Cryptographic Client KMIP v1.2", "RNGCryptographicClientKMIPV1_2", "1.3 1.4"),
    /** RNG Cryptographic Server KMIP v1.2, 0x0000001E, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_2(0x0000001E, "RNG Cryptographic Server KMIP v1.2", "RNGCryptographicServerKMIPV1_2", "1.3 1.4"),
    /** Basic Symmetric Key Foundry Client KMIP v1.0, 0x0000001F, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0(0x0000001F, "Basic Symmetric Key Foundry Client KMIP v1.0", "BasicSymmetricKeyFoundryClientKMIPV1_0", "1.3 1.4"),
    /** Intermediate Symmetric Key Foundry Client KMIP v1.0, 0x00000020, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0(0x00000020, "Intermediate Symmetric Key Foundry Client KMIP v1.0", "IntermediateSymmetricKeyFoundryClientKMIPV1_0", "1.3 1.4"),
    /** Advanced Symmetric Key Foundry Client KMIP v1.0, 0x00000021, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0(0x00000021, "Advanced Symmetric Key Foundry Client KMIP v1.0", "AdvancedSymmetricKeyFoundryClientKMIPV1_0", "1.3 1.4"),
    /** Basic Symmetric Key Foundry Client KMIP v1.1, 0x00000022, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1(0x00000022, "Basic Symmetric Key Foundry Client KMIP v1.1", "BasicSymmetricKeyFoundryClientKMIPV1_1", "1.3 1.4"),
    /** Intermediate Symmetric Key Foundry Client KMIP v1.1, 0x00000023, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1(0x00000023, "Intermediate Symmetric Key Foundry Client KMIP v1.1", "IntermediateSymmetricKeyFoundryClientKMIPV1_1", "1.3 1.4"),
    /** Advanced Symmetric Key Foundry Client KMIP v1.1, 0x00000024, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1(0x00000024, "Advanced Symmetric Key Foundry Client KMIP v1.1", "AdvancedSymmetricKeyFoundryClientKMIPV1_1", "1.3 1.4"),
    /** Basic Symmetric Key Foundry Client KMIP v1.2, 0x00000025, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2(0x00000025, "Basic Symmetric Key Foundry Client KMIP v1.2", "BasicSymmetricKeyFoundryClientKMIPV1_2", "1.3 1.4"),
    /** Intermediate Symmetric Key Foundry Client KMIP v1.2, 0x00000026, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2(0x00000026, "Intermediate Symmetric Key Foundry Client KMIP v1.2", "IntermediateSymmetricKeyFoundryClientKMIPV1_2", "1.3 1.4"),
    /** Advanced Symmetric Key Foundry Client KMIP v1.2, 0x00000027, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2(0x00000027, "Advanced Symmetric Key Foundry Client KMIP v1.2", "AdvancedSymmetricKeyFoundryClientKMIPV1_2", "1.3 1.4"),
    /** Symmetric Key Foundry Server KMIP v1.0, 0x00000028, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_0(0x00000028, "Symmetric Key Foundry Server KMIP v1.0", "SymmetricKeyFoundryServerKMIPV1_0", "1.3 1.4"),
    /** Symmetric Key Foundry Server KMIP v1.1, 0x00000029, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_1(0x00000029, "Symmetric Key Foundry Server KMIP v1.1", "SymmetricKeyFoundryServerKMIPV1_1", "1.3 1.4"),
    /** Symmetric Key Foundry Server KMIP v1.2, 0x0000002A, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_2(0x0000002A, "Symmetric Key Foundry Server KMIP v1.2", "SymmetricKeyFoundryServerKMIPV1_2", "1.3 1.4"),
    /** Opaque Managed Object Store Client KMIP v1.0, 0x0000002B, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_0(0x0000002B, "Opaque Managed Object Store Client KMIP v1.0", "OpaqueManagedObjectStoreClientKMIPV1_0", "1.3 1.4"),
    /** Opaque Managed Object Store Client KMIP v1.1, 0x0000002C, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_1(0x0000002C, "Opaque Managed Object Store Client KMIP v1.1", "OpaqueManagedObjectStoreClientKMIPV1_1", "1.3 1.4"),
    /** Opaque Managed Object Store Client KMIP v1.2, 0x0000002D, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_2(0x0000002D, "Opaque Managed Object Store Client KMIP v1.2", "OpaqueManagedObjectStoreClientKMIPV1_2", "1.3 1.4"),
    /** Opaque Managed Object Store Server KMIP v1.0, 0x0000002E, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_0(0x0000002E, "Opaque Managed Object Store Server KMIP v1.0", "OpaqueManagedObjectStoreServerKMIPV1_0", "1.3 1.4"),
    /** Opaque Managed Object Store Server KMIP v1.1, 0x0000002F, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_1(0x0000002F, "Opaque Managed Object Store Server KMIP v1.1", "OpaqueManagedObjectStoreServerKMIPV1_1", "1.3 1.4"),
    /** Opaque Managed Object Store Server KMIP v1.2, 0x00000030, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_2(0x00000030, "Opaque Managed Object Store Server KMIP v1.2", "OpaqueManagedObjectStoreServerKMIPV1_2", "1.3 1.4"),
    /** Suite B minLOS_128 Client KMIP v1.0, 0x00000031, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_128_CLIENT_KMIP_V1_0(0x00000031, "Suite B minLOS_128 Client KMIP v1.0", "SuiteBMinLOS_128ClientKMIPV1_0", "1.3 1.4"),
    /** Suite B minLOS_128 Client KMIP v1.1, 0x00000032, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_128_CLIENT_KMIP_V1_1(0x00000032, "Suite B minLOS_128 Client KMIP v1.1", "SuiteBMinLOS_128ClientKMIPV1_1", "1.3 1.4"),
    /** Suite B minLOS_128 Client KMIP v1.2, 0x00000033, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_128_CLIENT_KMIP_V1_2(0x00000033, "Suite B minLOS_128 Client KMIP v1.2", "SuiteBMinLOS_128ClientKMIPV1_2", "1.3 1.4"),
    /** Suite B minLOS_128 Server KMIP v1.0, 0x00000034, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_128_SERVER_KMIP_V1_0(0x00000034, "Suite B minLOS_128 Server KMIP v1.0", "SuiteBMinLOS_128ServerKMIPV1_0", "1.3 1.4"),
    /** Suite B minLOS_128 Server KMIP v1.1, 0x00000035, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_128_SERVER_KMIP_V1_1(0x00000035, "Suite B minLOS_128 Server KMIP v1.1", "SuiteBMinLOS_128ServerKMIPV1_1", "1.3 1.4"),
    /** Suite B minLOS_128 Server KMIP v1.2, 0x00000036, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_128_SERVER_KMIP_V1_2(0x00000036, "Suite B minLOS_128 Server KMIP v1.2", "SuiteBMinLOS_128ServerKMIPV1_2", "1.3 1.4"),
    /** Suite B minLOS_192 Client KMIP v1.0, 0x00000037, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_192_CLIENT_KMIP_V1_0(0x00000037, "Suite B minLOS_192 Client KMIP v1.0", "SuiteBMinLOS_192ClientKMIPV1_0", "1.3 1.4"),
    /** Suite B minLOS_192 Client KMIP v1.1, 0x00000038, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_192_CLIENT_KMIP_V1_1(0x00000038, "Suite B minLOS_192 Client KMIP v1.1", "SuiteBMinLOS_192ClientKMIPV1_1", "1.3 1.4"),
    /** Suite B minLOS_192 Client KMIP v1.2, 0x00000039, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_192_CLIENT_KMIP_V1_2(0x00000039, "Suite B minLOS_192 Client KMIP v1.2", "SuiteBMinLOS_192ClientKMIPV1_2", "1.3 1.4"),
    /** Suite B minLOS_192 Server KMIP v1.0, 0x0000003A, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_192_SERVER_KMIP_V1_0(0x0000003A, "Suite B minLOS_192 Server KMIP v1.0", "SuiteBMinLOS_192ServerKMIPV1_0", "1.3 1.4"),
    /** Suite B minLOS_192 Server KMIP v1.1, 0x0000003B, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_192_SERVER_KMIP_V1_1(0x0000003B, "Suite B minLOS_192 Server KMIP v1.1", "SuiteBMinLOS_192ServerKMIPV1_1", "1.3 1.4"),
    /** Suite B minLOS_192 Server KMIP v1.2, 0x0000003C, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_192_SERVER_KMIP_V1_2(0x0000003C, "Suite B minLOS_192 Server KMIP v1.2", "SuiteBMinLOS_192ServerKMIPV1_2", "1.3 1.4"),
    /** Storage Array with Self Encrypting Drive Client KMIP v1.0, 0x0000003D, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_0(0x0000003D, "Storage Array with Self Encrypting Drive Client KMIP v1.0", "StorageArrayWithSelfEncryptingDriveClientKMIPV1_0", "1.3 1.4"),
    /** Storage Array with Self Encrypting Drive Client KMIP v1.1, 0x0000003E, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_1(0x0000003E, "Storage Array with Self Encrypting Drive Client KMIP v1.1", "StorageArrayWithSelfEncryptingDriveClientKMIPV1_1", "1.3 1.4"),
    /** Storage Array with Self Encrypting Drive Client KMIP v1.2, 0x0000003F, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_2(0x0000003F, "Storage Array with Self Encrypting Drive Client KMIP v1.2", "StorageArrayWithSelfEncryptingDriveClientKMIPV1_2", "1.3 1.4"),
    /** Storage Array with Self Encrypting Drive Server KMIP v1.0, 0x00000040, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_0(0x00000040, "Storage Array with Self Encrypting Drive Server KMIP v1.0", "StorageArrayWithSelfEncryptingDriveServerKMIPV1_0", "1.3 1.4"),
    /** Storage Array with Self Encrypting Drive Server KMIP v1.1, 0x00000041, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_1(0x00000041, "Storage Array with Self Encrypting Drive Server KMIP v1.1", "StorageArrayWithSelfEncryptingDriveServerKMIPV1_1", "1.3 1.4"),
    /** Storage Array with Self Encrypting Drive Server KMIP v1.2, 0x00000042, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_2(0x00000042, "Storage Array with Self Encrypting Drive Server KMIP v1.2", "StorageArrayWithSelfEncryptingDriveServerKMIPV1_2", "1.3 1.4"),
    /** HTTPS Client KMIP v1.0, 0x00000043, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    HTTPS_CLIENT_KMIP_V1_0(0x00000043, "HTTPS Client KMIP v1.0", "HTTPSClientKMIPV1_0", "1.3 1.4"),
    /** HTTPS Client KMIP v1.1, 0x00000044, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    HTTPS_CLIENT_KMIP_V1_1(0x00000044, "HTTPS Client KMIP v1.1", "HTTPSClientKMIPV1_1", "1.3 1.4"),
    /** HTTPS Client KMIP v1.2, 0x00000045, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    HTTPS_CLIENT_KMIP_V1_2(0x00000045, "HTTPS Client KMIP v1.2", "HTTPSClientKMIPV1_2", "1.3 1.4"),
    /** HTTPS Server KMIP v1.0, 0x00000046, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    HTTPS_SERVER_KMIP_V1_0(0x00000046, "HTTPS Server KMIP v1.0", "HTTPSServerKMIPV1_0", "1.3 1.4"),
    /** HTTPS Server KMIP v1.1, 0x00000047, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    HTTPS_SERVER_KMIP_V1_1(0x00000047, "HTTPS Server KMIP v1.1", "HTTPSServerKMIPV1_1", "1.3 1.4"),
    /** HTTPS Server KMIP v1.2, 0x00000048, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    HTTPS_SERVER_KMIP_V1_2(0x00000048, "HTTPS Server KMIP v1.2", "HTTPSServerKMIPV1_2", "1.3 1.4"),
    /** JSON Client KMIP v1.0, 0x00000049, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    JSON_CLIENT_KMIP_V1_0(0x00000049, "JSON Client KMIP v1.0", "JSONClientKMIPV1_0", "1.3 1.4"),
    /** JSON Client KMIP v1.1, 0x0000004A, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    JSON_CLIENT_KMIP_V1_1(0x0000004A, "JSON Client KMIP v1.1", "JSONClientKMIPV1_1", "1.3 1.4"),
    /** JSON Client KMIP v1.2, 0x0000004B, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    JSON_CLIENT_KMIP_V1_2(0x0000004B, "JSON Client KMIP v1.2", "JSONClientKMIPV1_2", "1.3 1.4"),
    /** JSON Server KMIP v1.0, 0x0000004C, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    JSON_SERVER_KMIP_V1_0(0x0000004C, "JSON Server KMIP v1.0", "JSONServerKMIPV1_0", "1.3 1.4"),
    /** JSON Server KMIP v1.1, 0x0000004D, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    JSON_SERVER_KMIP_V1_1(0x0000004D, "JSON Server KMIP v1.1", "JSONServerKMIPV1_1", "1.3 1.4"),
    /** JSON Server KMIP v1.2, 0x0000004E, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    JSON_SERVER_KMIP_V1_2(0x0000004E, "JSON Server KMIP v1.2", "JSONServerKMIPV1_2", "1.3 1.4"),
    /** XML Client KMIP v1.0, 0x0000004F, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    XML_CLIENT_KMIP_V1_0(0x0000004F, "XML Client KMIP v1.0", "XMLClientKMIPV1_0", "1.3 1.4"),
    /** XML Client KMIP v1.1, 0x00000050, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    XML_CLIENT_KMIP_V1_1(0x00000050, "XML Client KMIP v1.1", "XMLClientKMIPV1_1", "1.3 1.4"),
    /** XML Client KMIP v1.2, 0x00000051, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    XML_CLIENT_KMIP_V1_2(0x00000051, "XML Client KMIP v1.2", "XMLClientKMIPV1_2", "1.3 1.4"),
    /** XML Server KMIP v1.0, 0x00000052, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    XML_SERVER_KMIP_V1_0(0x00000052, "XML Server KMIP v1.0", "XMLServerKMIPV1_0", "1.3 1.4"),
    /** XML Server KMIP v1.1, 0x00000053, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    XML_SERVER_KMIP_V1_1(0x00000053, "XML Server KMIP v1.1", "XMLServerKMIPV1_1", "1.3 1.4"),
    /** XML Server KMIP v1.2, 0x00000054, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    XML_SERVER_KMIP_V1_2(0x00000054, "XML Server KMIP v1.2", "XMLServerKMIPV1_2", "1.3 1.4"),
    /** Baseline Server Basic KMIP v1.3, 0x00000055, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_SERVER_BASIC_KMIP_V1_3(0x00000055, "Baseline Server Basic KMIP v1.3", "BaselineServerBasicKMIPV1_3", "1.3 1.4"),
    /** Baseline Server TLS v1.2 KMIP v1.3, 0x00000056, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_SERVER_TLS_V1_2_KMIP_V1_3(0x00000056, "Baseline Server TLS v1.2 KMIP v1.3", "BaselineServerTLSV1_2KMIPV1_3", "1.3 1.4"),
    /** Baseline Client Basic KMIP v1.3, 0x00000057, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_CLIENT_BASIC_KMIP_V1_3(0x00000057, "Baseline Client Basic KMIP v1.3", "BaselineClientBasicKMIPV1_3", "1.3 1.4"),
    /** Baseline Client TLS v1.2 KMIP v1.3, 0x00000058, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_CLIENT_TLS_V1_2_KMIP_V1_3(0x00000058, "Baseline Client TLS v1.2 KMIP v1.3", "BaselineClientTLSV1_2KMIPV1_3", "1.3 1.4"),
    /** Complete Server Basic KMIP v1.3, 0x00000059, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    COMPLETE_SERVER_BASIC_KMIP_V1_3(0x00000059, "Complete Server Basic KMIP v1.3", "CompleteServerBasicKMIPV1_3", "1.3 1.4"),
    /** Complete Server TLS v1.2 KMIP v1.3, 0x0000005A, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    COMPLETE_SERVER_TLS_V1_2_KMIP_V1_3(0x0000005A, "Complete Server TLS v1.2 KMIP v1.3", "CompleteServerTLSV1_2KMIPV1_3", "1.3 1.4"),
    /** Tape Library Client KMIP v1.3, 0x0000005B, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    TAPE_LIBRARY_CLIENT_KMIP_V1_3(0x0000005B, "Tape Library Client KMIP v1.3", "TapeLibraryClientKMIPV1_3", "1.3 1.4"),
    /** Tape Library Server KMIP v1.3, 0x0000005C, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    TAPE_LIBRARY_SERVER_KMIP_V1_3(0x0000005C, "Tape Library Server KMIP v1.3", "TapeLibraryServerKMIPV1_3", "1.3 1.4"),
    /** Symmetric Key Lifecycle Client KMIP v1.3, 0x0000005D, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3(0x0000005D, "Symmetric Key Lifecycle Client KMIP v1.3", "SymmetricKeyLifecycleClientKMIPV1_3", "1.3 1.4"),
    /** Symmetric Key Lifecycle Server KMIP v1.3, 0x0000005E, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3(0x0000005E, "Symmetric Key Lifecycle Server KMIP v1.3", "SymmetricKeyLifecycleServerKMIPV1_3", "1.3 1.4"),
    /** Asymmetric Key Lifecycle Client KMIP v1.3, 0x0000005F, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3(0x0000005F, "Asymmetric Key Lifecycle Client KMIP v1.3", "AsymmetricKeyLifecycleClientKMIPV1_3", "1.3 1.4"),
    /** Asymmetric Key Lifecycle Server KMIP v1.3, 0x00000060, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3(0x00000060, "Asymmetric Key Lifecycle Server KMIP v1.3", "AsymmetricKeyLifecycleServerKMIPV1_3", "1.3 1.4"),
    /** Basic Cryptographic Client KMIP v1.3, 0x00000061, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3(0x00000061, "Basic Cryptographic Client KMIP v1.3", "BasicCryptographicClientKMIPV1_3", "1.3 1.4"),
    /** Basic Cryptographic Server KMIP v1.3, 0x00000062, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_3(0x00000062, "Basic Cryptographic Server KMIP v1.3", "BasicCryptographicServerKMIPV1_3", "1.3 1.4"),
    /** Advanced Cryptographic Client KMIP v1.3, 0x00000063, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3(0x00000063, "Advanced Cryptographic Client KMIP v1.3", "AdvancedCryptographicClientKMIPV1_3", "1.3 1.4"),
    /** Advanced Cryptographic Server KMIP v1.3, 0x00000064, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_3(0x00000064, "Advanced Cryptographic Server KMIP v1.3", "AdvancedCryptographicServerKMIPV1_3", "1.3 1.4"),
    /** RNG Cryptographic Client KMIP v1.3, 0x00000065, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3(0x00000065, "RNG Cryptographic Client KMIP v1.3", "RNGCryptographicClientKMIPV1_3", "1.3 1.4"),
    /** RNG Cryptographic Server KMIP v1.3, 0x00000066, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_3(0x00000066, "RNG Cryptographic Server KMIP v1.3", "RNGCryptographicServerKMIPV1_3", "1.3 1.4"),
    /** Basic Symmetric Key Foundry Client KMIP v1.3, 0x00000067, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3(0x00000067, "Basic Symmetric Key Foundry Client KMIP v1.3", "BasicSymmetricKeyFoundryClientKMIPV1_3", "1.3 1.4"),
    /** Intermediate Symmetric Key Foundry Client KMIP v1.3, 0x00000068, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3(0x00000068, "Intermediate Symmetric Key Foundry Client KMIP v1.3", "IntermediateSymmetricKeyFoundryClientKMIPV1_3", "1.3 1.4"),
    /** Advanced Symmetric Key Foundry Client KMIP v1.3, 0x00000069, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3(0x00000069, "Advanced Symmetric Key Foundry Client KMIP v1.3", "AdvancedSymmetricKeyFoundryClientKMIPV1_3", "1.3 1.4"),
    /** Symmetric Key Foundry Server KMIP v1.3, 0x0000006A, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_3(0x0000006A, "Symmetric Key Foundry Server KMIP v1.3", "SymmetricKeyFoundryServerKMIPV1_3", "1.3 1.4"),
    /** Opaque Managed Object Store Client KMIP v1.3, 0x0000006B, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_3(0x0000006B, "Opaque Managed Object Store Client KMIP v1.3", "OpaqueManagedObjectStoreClientKMIPV1_3", "1.3 1.4"),
    /** Opaque Managed Object Store Server KMIP v1.3, 0x0000006C, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_3(0x0000006C, "Opaque Managed Object Store Server KMIP v1.3", "OpaqueManagedObjectStoreServerKMIPV1_3", "1.3 1.4"),
    /** Suite B minLOS_128 Client KMIP v1.3, 0x0000006D, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_128_CLIENT_KMIP_V1_3(0x0000006D, "Suite B minLOS_128 Client KMIP v1.3", "SuiteBMinLOS_128ClientKMIPV1_3", "1.3 1.4"),
    /** Suite B minLOS_128 Server KMIP v1.3, 0x0000006E, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_128_SERVER_KMIP_V1_3(0x0000006E, "Suite B minLOS_128 Server KMIP v1.3", "SuiteBMinLOS_128ServerKMIPV1_3", "1.3 1.4"),
    /** Suite B minLOS_192 Client KMIP v1.3, 0x0000006F, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_192_CLIENT_KMIP_V1_3(0x0000006F, "Suite B minLOS_192 Client KMIP v1.3", "SuiteBMinLOS_192ClientKMIPV1_3", "1.3 1.4"),
    /** Suite B minLOS_192 Server KMIP v1.3, 0x00000070, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_192_SERVER_KMIP_V1_3(0x00000070, "Suite B minLOS_192 Server KMIP v1.3", "SuiteBMinLOS_192ServerKMIPV1_3", "1.3 1.4"),
    /** Storage Array with Self Encrypting Drive Client KMIP v1.3, 0x00000071, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_3(0x00000071, "Storage Array with Self Encrypting Drive Client KMIP v1.3", "StorageArrayWithSelfEncryptingDriveClientKMIPV1_3", "1.3 1.4"),
    /** Storage Array with Self Encrypting Drive Server KMIP v1.3, 0x00000072, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_3(0x00000072, "Storage Array with Self Encrypting Drive Server KMIP v1.3", "StorageArrayWithSelfEncryptingDriveServerKMIPV1_3", "1.3 1.4"),
    /** HTTPS Client KMIP v1.3, 0x00000073, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    HTTPS_CLIENT_KMIP_V1_3(0x00000073, "HTTPS Client KMIP v1.3", "HTTPSClientKMIPV1_3", "1.3 1.4"),
    /** HTTPS Server KMIP v1.3, 0x00000074, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    HTTPS_SERVER_KMIP_V1_3(0x00000074, "HTTPS Server KMIP v1.3", "HTTPSServerKMIPV1_3", "1.3 1.4"),
    /** JSON Client KMIP v1.3, 0x00000075, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    JSON_CLIENT_KMIP_V1_3(0x00000075, "JSON Client KMIP v1.3", "JSONClientKMIPV1_3", "1.3 1.4"),
    /** JSON Server KMIP v1.3, 0x00000076, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    JSON_SERVER_KMIP_V1_3(0x00000076, "JSON Server KMIP v1.3", "JSONServerKMIPV1_3", "1.3 1.4"),
    /** XML Client KMIP v1.3, 0x00000077, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    XML_CLIENT_KMIP_V1_3(0x00000077, "XML Client KMIP v1.3", "XMLClientKMIPV1_3", "1.3 1.4"),
    /** XML Server KMIP v1.3, 0x00000078, KMIP 1.3–1.4. (Reserved)/removed from KMIP 2.0. */
    XML_SERVER_KMIP_V1_3(0x00000078, "XML Server KMIP v1.3", "XMLServerKMIPV1_3", "1.3 1.4"),
    /** Baseline Server Basic KMIP v1.4, 0x00000079, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_SERVER_BASIC_KMIP_V1_4(0x00000079, "Baseline Server Basic KMIP v1.4", "BaselineServerBasicKMIPV1_4", "1.4"),
    /** Baseline Server TLS v1.2 KMIP v1.4, 0x0000007A, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_SERVER_TLS_V1_2_KMIP_V1_4(0x0000007A, "Baseline Server TLS v1.2 KMIP v1.4", "BaselineServerTLSV1_2KMIPV1_4", "1.4"),
    /** Baseline Client Basic KMIP v1.4, 0x0000007B, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_CLIENT_BASIC_KMIP_V1_4(0x0000007B, "Baseline Client Basic KMIP v1.4", "BaselineClientBasicKMIPV1_4", "1.4"),
    /** Baseline Client TLS v1.2 KMIP v1.4, 0x0000007C, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    BASELINE_CLIENT_TLS_V1_2_KMIP_V1_4(0x0000007C, "Baseline Client TLS v1.2 KMIP v1.4", "BaselineClientTLSV1_2KMIPV1_4", "1.4"),
    /** Complete Server Basic KMIP v1.4, 0x0000007D, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    COMPLETE_SERVER_BASIC_KMIP_V1_4(0x0000007D, "Complete Server Basic KMIP v1.4", "CompleteServerBasicKMIPV1_4", "1.4"),
    /** Complete Server TLS v1.2 KMIP v1.4, 0x0000007E, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    COMPLETE_SERVER_TLS_V1_2_KMIP_V1_4(0x0000007E, "Complete Server TLS v1.2 KMIP v1.4", "CompleteServerTLSV1_2KMIPV1_4", "1.4"),
    /** Tape Library Client KMIP v1.4, 0x0000007F, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    TAPE_LIBRARY_CLIENT_KMIP_V1_4(0x0000007F, "Tape Library Client KMIP v1.4", "TapeLibraryClientKMIPV1_4", "1.4"),
    /** Tape Library Server KMIP v1.4, 0x00000080, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    TAPE_LIBRARY_SERVER_KMIP_V1_4(0x00000080, "Tape Library Server KMIP v1.4", "TapeLibraryServerKMIPV1_4", "1.4"),
    /** Symmetric Key Lifecycle Client KMIP v1.4, 0x00000081, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4(0x00000081, "Symmetric Key Lifecycle Client KMIP v1.4", "SymmetricKeyLifecycleClientKMIPV1_4", "1.4"),
    /** Symmetric Key Lifecycle Server KMIP v1.4, 0x00000082, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4(0x00000082, "Symmetric Key Lifecycle Server KMIP v1.4", "SymmetricKeyLifecycleServerKMIPV1_4", "1.4"),
    /** Asymmetric Key Lifecycle Client KMIP v1.4, 0x00000083, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4(0x00000083, "Asymmetric Key Lifecycle Client KMIP v1.4", "AsymmetricKeyLifecycleClientKMIPV1_4", "1.4"),
    /** Asymmetric Key Lifecycle Server KMIP v1.4, 0x00000084, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4(0x00000084, "Asymmetric Key Lifecycle Server KMIP v1.4", "AsymmetricKeyLifecycleServerKMIPV1_4", "1.4"),
    /** Basic Cryptographic Client KMIP v1.4, 0x00000085, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4(0x00000085, "Basic Cryptographic Client KMIP v1.4", "BasicCryptographicClientKMIPV1_4", "1.4"),
    /** Basic Cryptographic Server KMIP v1.4, 0x00000086, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_4(0x00000086, "Basic Cryptographic Server KMIP v1.4", "BasicCryptographicServerKMIPV1_4", "1.4"),
    /** Advanced Cryptographic Client KMIP v1.4, 0x00000087, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4(0x00000087, "Advanced Cryptographic Client KMIP v1.4", "AdvancedCryptographicClientKMIPV1_4", "1.4"),
    /** Advanced Cryptographic Server KMIP v1.4, 0x00000088, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_4(0x00000088, "Advanced Cryptographic Server KMIP v1.4", "AdvancedCryptographicServerKMIPV1_4", "1.4"),
    /** RNG Cryptographic Client KMIP v1.4, 0x00000089, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4(0x00000089, "RNG Cryptographic Client KMIP v1.4", "RNGCryptographicClientKMIPV1_4", "1.4"),
    /** RNG Cryptographic Server KMIP v1.4, 0x0000008A, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_4(0x0000008A, "RNG Cryptographic Server KMIP v1.4", "RNGCryptographicServerKMIPV1_4", "1.4"),
    /** Basic Symmetric Key Foundry Client KMIP v1.4, 0x0000008B, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4(0x0000008B, "Basic Symmetric Key Foundry Client KMIP v1.4", "BasicSymmetricKeyFoundryClientKMIPV1_4", "1.4"),
    /** Intermediate Symmetric Key Foundry Client KMIP v1.4, 0x0000008C, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4(0x0000008C, "Intermediate Symmetric Key Foundry Client KMIP v1.4", "IntermediateSymmetricKeyFoundryClientKMIPV1_4", "1.4"),
    /** Advanced Symmetric Key Foundry Client KMIP v1.4, 0x0000008D, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4(0x0000008D, "Advanced Symmetric Key Foundry Client KMIP v1.4", "AdvancedSymmetricKeyFoundryClientKMIPV1_4", "1.4"),
    /** Symmetric Key Foundry Server KMIP v1.4, 0x0000008E, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_4(0x0000008E, "Symmetric Key Foundry Server KMIP v1.4", "SymmetricKeyFoundryServerKMIPV1_4", "1.4"),
    /** Opaque Managed Object Store Client KMIP v1.4, 0x0000008F, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_4(0x0000008F, "Opaque Managed Object Store Client KMIP v1.4", "OpaqueManagedObjectStoreClientKMIPV1_4", "1.4"),
    /** Opaque Managed Object Store Server KMIP v1.4, 0x00000090, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_4(0x00000090, "Opaque Managed Object Store Server KMIP v1.4", "OpaqueManagedObjectStoreServerKMIPV1_4", "1.4"),
    /** Suite B minLOS_128 Client KMIP v1.4, 0x00000091, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_128_CLIENT_KMIP_V1_4(0x00000091, "Suite B minLOS_128 Client KMIP v1.4", "SuiteBMinLOS_128ClientKMIPV1_4", "1.4"),
    /** Suite B minLOS_128 Server KMIP v1.4, 0x00000092, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_128_SERVER_KMIP_V1_4(0x00000092, "Suite B minLOS_128 Server KMIP v1.4", "SuiteBMinLOS_128ServerKMIPV1_4", "1.4"),
    /** Suite B minLOS_192 Client KMIP v1.4, 0x00000093, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_192_CLIENT_KMIP_V1_4(0x00000093, "Suite B minLOS_192 Client KMIP v1.4", "SuiteBMinLOS_192ClientKMIPV1_4", "1.4"),
    /** Suite B minLOS_192 Server KMIP v1.4, 0x00000094, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    SUITE_B_MINLOS_192_SERVER_KMIP_V1_4(0x00000094, "Suite B minLOS_192 Server KMIP v1.4", "SuiteBMinLOS_192ServerKMIPV1_4", "1.4"),
    /** Storage Array with Self Encrypting Drive Client KMIP v1.4, 0x00000095, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_4(0x00000095, "Storage Array with Self Encrypting Drive Client KMIP v1.4", "StorageArrayWithSelfEncryptingDriveClientKMIPV1_4", "1.4"),
    /** Storage Array with Self Encrypting Drive Server KMIP v1.4, 0x00000096, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_4(0x00000096, "Storage Array with Self Encrypting Drive Server KMIP v1.4", "StorageArrayWithSelfEncryptingDriveServerKMIPV1_4", "1.4"),
    /** HTTPS Client KMIP v1.4, 0x00000097, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    HTTPS_CLIENT_KMIP_V1_4(0x00000097, "HTTPS Client KMIP v1.4", "HTTPSClientKMIPV1_4", "1.4"),
    /** HTTPS Server KMIP v1.4, 0x00000098, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    HTTPS_SERVER_KMIP_V1_4(0x00000098, "HTTPS Server KMIP v1.4", "HTTPSServerKMIPV1_4", "1.4"),
    /** JSON Client KMIP v1.4, 0x00000099, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    JSON_CLIENT_KMIP_V1_4(0x00000099, "JSON Client KMIP v1.4", "JSONClientKMIPV1_4", "1.4"),
    /** JSON Server KMIP v1.4, 0x0000009A, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    JSON_SERVER_KMIP_V1_4(0x0000009A, "JSON Server KMIP v1.4", "JSONServerKMIPV1_4", "1.4"),
    /** XML Client KMIP v1.4, 0x0000009B, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    XML_CLIENT_KMIP_V1_4(0x0000009B, "XML Client KMIP v1.4", "XMLClientKMIPV1_4", "1.4"),
    /** XML Server KMIP v1.4, 0x0000009C, KMIP 1.4. (Reserved)/removed from KMIP 2.0. */
    XML_SERVER_KMIP_V1_4(0x0000009C, "XML Server KMIP v1.4", "XMLServerKMIPV1_4", "1.4"),
    /** Complete Server Basic, 0x00000104, KMIP 2.0–2.1. */
    COMPLETE_SERVER_BASIC(0x00000104, "Complete Server Basic", "CompleteServerBasic", "2.0 2.1"),
    /** Complete Server TLS v1.2, 0x00000105, KMIP 2.0–2.1. */
    COMPLETE_SERVER_TLS_V1_2(0x00000105, "Complete Server TLS v1.2", "CompleteServerTLSV1_2", "2.0 2.1"),
    /** Tape Library Client, 0x00000106, KMIP 2.0–2.1. */
    TAPE_LIBRARY_CLIENT(0x00000106, "Tape Library Client", "TapeLibraryClient", "2.0 2.1"),
    /** Tape Library Server, 0x00000107, KMIP 2.0–2.1. */
    TAPE_LIBRARY_SERVER(0x00000107, "Tape Library Server", "TapeLibraryServer", "2.0 2.1"),
    /** Symmetric Key Lifecycle Client, 0x00000108, KMIP 2.0–2.1. */
    SYMMETRIC_KEY_LIFECYCLE_CLIENT(0x00000108, "Symmetric Key Lifecycle Client", "SymmetricKeyLifecycleClient", "2.0 2.1"),
    /** Symmetric Key Lifecycle Server, 0x00000109, KMIP 2.0–2.1. */
    SYMMETRIC_KEY_LIFECYCLE_SERVER(0x00000109, "Symmetric Key Lifecycle Server", "SymmetricKeyLifecycleServer", "2.0 2.1"),
    /** Asymmetric Key Lifecycle Client, 0x0000010A, KMIP 2.0–2.1. */
    ASYMMETRIC_KEY_LIFECYCLE_CLIENT(0x0000010A, "Asymmetric Key Lifecycle Client", "AsymmetricKeyLifecycleClient", "2.0 2.1"),
    /** Asymmetric Key Lifecycle Server, 0x0000010B, KMIP 2.0–2.1. */
    ASYMMETRIC_KEY_LIFECYCLE_SERVER(0x0000010B, "Asymmetric Key Lifecycle Server", "AsymmetricKeyLifecycleServer", "2.0 2.1"),
    /** Basic Cryptographic Client, 0x0000010C, KMIP 2.0–2.1. */
    BASIC_CRYPTOGRAPHIC_CLIENT(0x0000010C, "Basic Cryptographic Client", "BasicCryptographicClient", "2.0 2.1"),
    /** Basic Cryptographic Server, 0x0000010D, KMIP 2.0–2.1. */
    BASIC_CRYPTOGRAPHIC_SERVER(0x0000010D, "Basic Cryptographic Server", "BasicCryptographicServer", "2.0 2.1"),
    /** Advanced Cryptographic Client, 0x0000010E, KMIP 2.0–2.1. */
    ADVANCED_CRYPTOGRAPHIC_CLIENT(0x0000010E, "Advanced Cryptographic Client", "AdvancedCryptographicClient", "2.0 2.1"),
    /** Advanced Cryptographic Server, 0x0000010F, KMIP 2.0–2.1. */
    ADVANCED_CRYPTOGRAPHIC_SERVER(0x0000010F, "Advanced Cryptographic Server", "AdvancedCryptographicServer", "2.0 2.1"),
    /** RNG Cryptographic Client, 0x00000110, KMIP 2.0–2.1. */
    RNG_CRYPTOGRAPHIC_CLIENT(0x00000110, "RNG Cryptographic Client", "RNGCryptographicClient", "2.0 2.1"),
    /** RNG Cryptographic Server, 0x00000111, KMIP 2.0–2.1. */
    RNG_CRYPTOGRAPHIC_SERVER(0x00000111, "RNG Cryptographic Server", "RNGCryptographicServer", "2.0 2.1"),
    /** Basic Symmetric Key Foundry Client, 0x00000112, KMIP 2.0–2.1. */
    BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT(0x00000112, "Basic Symmetric Key Foundry Client", "BasicSymmetricKeyFoundryClient", "2.0 2.1"),
    /** Intermediate Symmetric Key Foundry Client, 0x00000113, KMIP 2.0–2.1. */
    INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT(0x00000113, "Intermediate Symmetric Key Foundry Client", "IntermediateSymmetricKeyFoundryClient", "2.0 2.1"),
    /** Advanced Symmetric Key Foundry Client, 0x00000114, KMIP 2.0–2.1. */
    ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT(0x00000114, "Advanced Symmetric Key Foundry Client", "AdvancedSymmetricKeyFoundryClient", "2.0 2.1"),
    /** Symmetric Key Foundry Server, 0x00000115, KMIP 2.0–2.1. */
    SYMMETRIC_KEY_FOUNDRY_SERVER(0x00000115, "Symmetric Key Foundry Server", "SymmetricKeyFoundryServer", "2.0 2.1"),
    /** Opaque Managed Object Store Client, 0x00000116, KMIP 2.0–2.1. */
    OPAQUE_MANAGED_OBJECT_STORE_CLIENT(0x00000116, "Opaque Managed Object Store Client", "OpaqueManagedObjectStoreClient", "2.0 2.1"),
    /** Opaque Managed Object Store Server, 0x00000117, KMIP 2.0–2.1. */
    OPAQUE_MANAGED_OBJECT_STORE_SERVER(0x00000117, "Opaque Managed Object Store Server", "OpaqueManagedObjectStoreServer", "2.0 2.1"),
    /** Storage Array with Self Encrypting Drive Client, 0x0000011C, KMIP 2.0–2.1. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT(0x0000011C, "Storage Array with Self Encrypting Drive Client", "StorageArrayWithSelfEncryptingDriveClient", "2.0 2.1"),
    /** Storage Array with Self Encrypting Drive Server, 0x0000011D, KMIP 2.0–2.1. */
    STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER(0x0000011D, "Storage Array with Self Encrypting Drive Server", "StorageArrayWithSelfEncryptingDriveServer", "2.0 2.1"),
    /** HTTPS Client, 0x0000011E, KMIP 2.0–2.1. */
    HTTPS_CLIENT(0x0000011E, "HTTPS Client", "HTTPSClient", "2.0 2.1"),
    /** HTTPS Server, 0x0000011F, KMIP 2.0–2.1. */
    HTTPS_SERVER(0x0000011F, "HTTPS Server", "HTTPSServer", "2.0 2.1"),
    /** JSON Client, 0x00000120, KMIP 2.0–2.1. */
    JSON_CLIENT(0x00000120, "JSON Client", "JSONClient", "2.0 2.1"),
    /** JSON Server, 0x00000121, KMIP 2.0–2.1. */
    JSON_SERVER(0x00000121, "JSON Server", "JSONServer", "2.0 2.1"),
    /** XML Client, 0x00000122, KMIP 2.0–2.1. */
    XML_CLIENT(0x00000122, "XML Client", "XMLClient", "2.0 2.1"),
    /** XML Server, 0x00000123, KMIP 2.0–2.1. */
    XML_SERVER(0x00000123, "XML Server", "XMLServer", "2.0 2.1"),
    /** AES XTS Client, 0x00000124, KMIP 2.0–2.1. */
    AES_XTS_CLIENT(0x00000124, "AES XTS Client", "AESXTSClient", "2.0 2.1"),
    /** AES XTS Server, 0x00000125, KMIP 2.0–2.1. */
    AES_XTS_SERVER(0x00000125, "AES XTS Server", "AESXTSServer", "2.0 2.1"),
    /** Quantum Safe Client, 0x00000126, KMIP 2.0–2.1. */
    QUANTUM_SAFE_CLIENT(0x00000126, "Quantum Safe Client", "QuantumSafeClient", "2.0 2.1"),
    /** Quantum Safe Server, 0x00000127, KMIP 2.0–2.1. */
    QUANTUM_SAFE_SERVER(0x00000127, "Quantum Safe Server", "QuantumSafeServer", "2.0 2.1"),
    /** PKCS#11 Client, 0x00000128, KMIP 2.0–2.1. */
    PKCS_11_CLIENT(0x00000128, "PKCS#11 Client", "PKCS_11Client", "2.0 2.1"),
    /** PKCS#11 Server, 0x00000129, KMIP 2.0–2.1. */
    PKCS_11_SERVER(0x00000129, "PKCS#11 Server", "PKCS_11Server", "2.0 2.1"),
    /** Baseline Client, 0x0000012A, KMIP 2.0–2.1. */
    BASELINE_CLIENT(0x0000012A, "Baseline Client", "BaselineClient", "2.0 2.1"),
    /** Baseline Server, 0x0000012B, KMIP 2.0–2.1. */
    BASELINE_SERVER(0x0000012B, "Baseline Server", "BaselineServer", "2.0 2.1"),
    /** Complete Server, 0x0000012C, KMIP 2.0–2.1. */
    COMPLETE_SERVER(0x0000012C, "Complete Server", "CompleteServer", "2.0 2.1");

    /** The tag that carries this enumeration. */
    public static final int TAG = Tag.PROFILE_NAME;

    private static final ProfileName[] VALUES = values();
    private static final Map<String, ProfileName> BY_XML_NAME = SpecSupport.byXmlName(VALUES, Map.of());

    private final int value;
    private final String specName;
    private final String xmlName;
    private final int versions;
    private final KmipVersion firstVersion;
    private final KmipVersion lastVersion;
    private final String[] namesByVersion;

    ProfileName(int value, String specName, String xmlName, String versions, String... renames) {
        this.value = value;
        this.specName = specName;
        this.xmlName = xmlName;
        this.versions = SpecSupport.versionBits(versions);
        this.firstVersion = SpecSupport.first(this.versions);
        this.lastVersion = SpecSupport.last(this.versions);
        this.namesByVersion = SpecSupport.namesByVersion(specName, renames);
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String specName() {
        return specName;
    }

    @Override
    public String specName(KmipVersion version) {
        return SpecSupport.nameIn(namesByVersion, version, specName);
    }

    @Override
    public String xmlName() {
        return xmlName;
    }

    @Override
    public KmipVersion firstVersion() {
        return firstVersion;
    }

    @Override
    public KmipVersion lastVersion() {
        return lastVersion;
    }

    @Override
    public boolean knownIn(KmipVersion version) {
        return (versions & version.bit()) != 0;
    }

    /** The value with this number, or {@code null} when no version defines it. Does not allocate. */
    public static ProfileName fromValue(int value) {
        return switch (value) {
            case 0x00000001 -> BASELINE_SERVER_BASIC_KMIP_V1_2;
            case 0x00000002 -> BASELINE_SERVER_TLS_V1_2_KMIP_V1_2;
            case 0x00000003 -> BASELINE_CLIENT_BASIC_KMIP_V1_2;
            case 0x00000004 -> BASELINE_CLIENT_TLS_V1_2_KMIP_V1_2;
            case 0x00000005 -> COMPLETE_SERVER_BASIC_KMIP_V1_2;
            case 0x00000006 -> COMPLETE_SERVER_TLS_V1_2_KMIP_V1_2;
            case 0x00000007 -> TAPE_LIBRARY_CLIENT_KMIP_V1_0;
            case 0x00000008 -> TAPE_LIBRARY_CLIENT_KMIP_V1_1;
            case 0x00000009 -> TAPE_LIBRARY_CLIENT_KMIP_V1_2;
            case 0x0000000A -> TAPE_LIBRARY_SERVER_KMIP_V1_0;
            case 0x0000000B -> TAPE_LIBRARY_SERVER_KMIP_V1_1;
            case 0x0000000C -> TAPE_LIBRARY_SERVER_KMIP_V1_2;
            case 0x0000000D -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0;
            case 0x0000000E -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1;
            case 0x0000000F -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2;
            case 0x00000010 -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0;
            case 0x00000011 -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1;
            case 0x00000012 -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2;
            case 0x00000013 -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_0;
            case 0x00000014 -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_1;
            case 0x00000015 -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_2;
            case 0x00000016 -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0;
            case 0x00000017 -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_1;
            case 0x00000018 -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_2;
            case 0x00000019 -> BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2;
            case 0x0000001A -> BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_2;
            case 0x0000001B -> ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2;
            case 0x0000001C -> ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_2;
            case 0x0000001D -> RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_2;
            case 0x0000001E -> RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_2;
            case 0x0000001F -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0;
            case 0x00000020 -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0;
            case 0x00000021 -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_0;
            case 0x00000022 -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1;
            case 0x00000023 -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1;
            case 0x00000024 -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_1;
            case 0x00000025 -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2;
            case 0x00000026 -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2;
            case 0x00000027 -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_2;
            case 0x00000028 -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_0;
            case 0x00000029 -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_1;
            case 0x0000002A -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_2;
            case 0x0000002B -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_0;
            case 0x0000002C -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_1;
            case 0x0000002D -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_2;
            case 0x0000002E -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_0;
            case 0x0000002F -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_1;
            case 0x00000030 -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_2;
            case 0x00000031 -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_0;
            case 0x00000032 -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_1;
            case 0x00000033 -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_2;
            case 0x00000034 -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_0;
            case 0x00000035 -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_1;
            case 0x00000036 -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_2;
            case 0x00000037 -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_0;
            case 0x00000038 -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_1;
            case 0x00000039 -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_2;
            case 0x0000003A -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_0;
            case 0x0000003B -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_1;
            case 0x0000003C -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_2;
            case 0x0000003D -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_0;
            case 0x0000003E -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_1;
            case 0x0000003F -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_2;
            case 0x00000040 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_0;
            case 0x00000041 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_1;
            case 0x00000042 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_2;
            case 0x00000043 -> HTTPS_CLIENT_KMIP_V1_0;
            case 0x00000044 -> HTTPS_CLIENT_KMIP_V1_1;
            case 0x00000045 -> HTTPS_CLIENT_KMIP_V1_2;
            case 0x00000046 -> HTTPS_SERVER_KMIP_V1_0;
            case 0x00000047 -> HTTPS_SERVER_KMIP_V1_1;
            case 0x00000048 -> HTTPS_SERVER_KMIP_V1_2;
            case 0x00000049 -> JSON_CLIENT_KMIP_V1_0;
            case 0x0000004A -> JSON_CLIENT_KMIP_V1_1;
            case 0x0000004B -> JSON_CLIENT_KMIP_V1_2;
            case 0x0000004C -> JSON_SERVER_KMIP_V1_0;
            case 0x0000004D -> JSON_SERVER_KMIP_V1_1;
            case 0x0000004E -> JSON_SERVER_KMIP_V1_2;
            case 0x0000004F -> XML_CLIENT_KMIP_V1_0;
            case 0x00000050 -> XML_CLIENT_KMIP_V1_1;
            case 0x00000051 -> XML_CLIENT_KMIP_V1_2;
            case 0x00000052 -> XML_SERVER_KMIP_V1_0;
            case 0x00000053 -> XML_SERVER_KMIP_V1_1;
            case 0x00000054 -> XML_SERVER_KMIP_V1_2;
            case 0x00000055 -> BASELINE_SERVER_BASIC_KMIP_V1_3;
            case 0x00000056 -> BASELINE_SERVER_TLS_V1_2_KMIP_V1_3;
            case 0x00000057 -> BASELINE_CLIENT_BASIC_KMIP_V1_3;
            case 0x00000058 -> BASELINE_CLIENT_TLS_V1_2_KMIP_V1_3;
            case 0x00000059 -> COMPLETE_SERVER_BASIC_KMIP_V1_3;
            case 0x0000005A -> COMPLETE_SERVER_TLS_V1_2_KMIP_V1_3;
            case 0x0000005B -> TAPE_LIBRARY_CLIENT_KMIP_V1_3;
            case 0x0000005C -> TAPE_LIBRARY_SERVER_KMIP_V1_3;
            case 0x0000005D -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3;
            case 0x0000005E -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3;
            case 0x0000005F -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_3;
            case 0x00000060 -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3;
            case 0x00000061 -> BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3;
            case 0x00000062 -> BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_3;
            case 0x00000063 -> ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3;
            case 0x00000064 -> ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_3;
            case 0x00000065 -> RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_3;
            case 0x00000066 -> RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_3;
            case 0x00000067 -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3;
            case 0x00000068 -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3;
            case 0x00000069 -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_3;
            case 0x0000006A -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_3;
            case 0x0000006B -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_3;
            case 0x0000006C -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_3;
            case 0x0000006D -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_3;
            case 0x0000006E -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_3;
            case 0x0000006F -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_3;
            case 0x00000070 -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_3;
            case 0x00000071 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_3;
            case 0x00000072 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_3;
            case 0x00000073 -> HTTPS_CLIENT_KMIP_V1_3;
            case 0x00000074 -> HTTPS_SERVER_KMIP_V1_3;
            case 0x00000075 -> JSON_CLIENT_KMIP_V1_3;
            case 0x00000076 -> JSON_SERVER_KMIP_V1_3;
            case 0x00000077 -> XML_CLIENT_KMIP_V1_3;
            case 0x00000078 -> XML_SERVER_KMIP_V1_3;
            case 0x00000079 -> BASELINE_SERVER_BASIC_KMIP_V1_4;
            case 0x0000007A -> BASELINE_SERVER_TLS_V1_2_KMIP_V1_4;
            case 0x0000007B -> BASELINE_CLIENT_BASIC_KMIP_V1_4;
            case 0x0000007C -> BASELINE_CLIENT_TLS_V1_2_KMIP_V1_4;
            case 0x0000007D -> COMPLETE_SERVER_BASIC_KMIP_V1_4;
            case 0x0000007E -> COMPLETE_SERVER_TLS_V1_2_KMIP_V1_4;
            case 0x0000007F -> TAPE_LIBRARY_CLIENT_KMIP_V1_4;
            case 0x00000080 -> TAPE_LIBRARY_SERVER_KMIP_V1_4;
            case 0x00000081 -> SYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4;
            case 0x00000082 -> SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4;
            case 0x00000083 -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT_KMIP_V1_4;
            case 0x00000084 -> ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4;
            case 0x00000085 -> BASIC_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4;
            case 0x00000086 -> BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_4;
            case 0x00000087 -> ADVANCED_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4;
            case 0x00000088 -> ADVANCED_CRYPTOGRAPHIC_SERVER_KMIP_V1_4;
            case 0x00000089 -> RNG_CRYPTOGRAPHIC_CLIENT_KMIP_V1_4;
            case 0x0000008A -> RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_4;
            case 0x0000008B -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4;
            case 0x0000008C -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4;
            case 0x0000008D -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT_KMIP_V1_4;
            case 0x0000008E -> SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_4;
            case 0x0000008F -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT_KMIP_V1_4;
            case 0x00000090 -> OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_4;
            case 0x00000091 -> SUITE_B_MINLOS_128_CLIENT_KMIP_V1_4;
            case 0x00000092 -> SUITE_B_MINLOS_128_SERVER_KMIP_V1_4;
            case 0x00000093 -> SUITE_B_MINLOS_192_CLIENT_KMIP_V1_4;
            case 0x00000094 -> SUITE_B_MINLOS_192_SERVER_KMIP_V1_4;
            case 0x00000095 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT_KMIP_V1_4;
            case 0x00000096 -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER_KMIP_V1_4;
            case 0x00000097 -> HTTPS_CLIENT_KMIP_V1_4;
            case 0x00000098 -> HTTPS_SERVER_KMIP_V1_4;
            case 0x00000099 -> JSON_CLIENT_KMIP_V1_4;
            case 0x0000009A -> JSON_SERVER_KMIP_V1_4;
            case 0x0000009B -> XML_CLIENT_KMIP_V1_4;
            case 0x0000009C -> XML_SERVER_KMIP_V1_4;
            case 0x00000104 -> COMPLETE_SERVER_BASIC;
            case 0x00000105 -> COMPLETE_SERVER_TLS_V1_2;
            case 0x00000106 -> TAPE_LIBRARY_CLIENT;
            case 0x00000107 -> TAPE_LIBRARY_SERVER;
            case 0x00000108 -> SYMMETRIC_KEY_LIFECYCLE_CLIENT;
            case 0x00000109 -> SYMMETRIC_KEY_LIFECYCLE_SERVER;
            case 0x0000010A -> ASYMMETRIC_KEY_LIFECYCLE_CLIENT;
            case 0x0000010B -> ASYMMETRIC_KEY_LIFECYCLE_SERVER;
            case 0x0000010C -> BASIC_CRYPTOGRAPHIC_CLIENT;
            case 0x0000010D -> BASIC_CRYPTOGRAPHIC_SERVER;
            case 0x0000010E -> ADVANCED_CRYPTOGRAPHIC_CLIENT;
            case 0x0000010F -> ADVANCED_CRYPTOGRAPHIC_SERVER;
            case 0x00000110 -> RNG_CRYPTOGRAPHIC_CLIENT;
            case 0x00000111 -> RNG_CRYPTOGRAPHIC_SERVER;
            case 0x00000112 -> BASIC_SYMMETRIC_KEY_FOUNDRY_CLIENT;
            case 0x00000113 -> INTERMEDIATE_SYMMETRIC_KEY_FOUNDRY_CLIENT;
            case 0x00000114 -> ADVANCED_SYMMETRIC_KEY_FOUNDRY_CLIENT;
            case 0x00000115 -> SYMMETRIC_KEY_FOUNDRY_SERVER;
            case 0x00000116 -> OPAQUE_MANAGED_OBJECT_STORE_CLIENT;
            case 0x00000117 -> OPAQUE_MANAGED_OBJECT_STORE_SERVER;
            case 0x0000011C -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_CLIENT;
            case 0x0000011D -> STORAGE_ARRAY_WITH_SELF_ENCRYPTING_DRIVE_SERVER;
            case 0x0000011E -> HTTPS_CLIENT;
            case 0x0000011F -> HTTPS_SERVER;
            case 0x00000120 -> JSON_CLIENT;
            case 0x00000121 -> JSON_SERVER;
            case 0x00000122 -> XML_CLIENT;
            case 0x00000123 -> XML_SERVER;
            case 0x00000124 -> AES_XTS_CLIENT;
            case 0x00000125 -> AES_XTS_SERVER;
            case 0x00000126 -> QUANTUM_SAFE_CLIENT;
            case 0x00000127 -> QUANTUM_SAFE_SERVER;
            case 0x00000128 -> PKCS_11_CLIENT;
            case 0x00000129 -> PKCS_11_SERVER;
            case 0x0000012A -> BASELINE_CLIENT;
            case 0x0000012B -> BASELINE_SERVER;
            case 0x0000012C -> COMPLETE_SERVER;
            default -> null;
        };
    }

    /**
     * The value with this XML/JSON name (e.g. {@code "BaselineServerBasicKMIPV1_2"}), or {@code null}.
     */
    public static ProfileName fromXmlName(String xmlName) {
        return xmlName == null ? null : BY_XML_NAME.get(xmlName);
    }
}
