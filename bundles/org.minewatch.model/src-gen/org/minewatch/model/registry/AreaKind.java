/**
 */
package org.minewatch.model.registry;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Area Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.registry.RegistryPackage#getAreaKind()
 * @model
 * @generated
 */
public enum AreaKind implements Enumerator {
	/**
	 * The '<em><b>MINING DISTRICT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINING_DISTRICT_VALUE
	 * @generated
	 * @ordered
	 */
	MINING_DISTRICT(0, "MINING_DISTRICT", "MINING_DISTRICT"),

	/**
	 * The '<em><b>COAL FACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COAL_FACE_VALUE
	 * @generated
	 * @ordered
	 */
	COAL_FACE(1, "COAL_FACE", "COAL_FACE"),

	/**
	 * The '<em><b>HEADING FACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEADING_FACE_VALUE
	 * @generated
	 * @ordered
	 */
	HEADING_FACE(2, "HEADING_FACE", "HEADING_FACE"),

	/**
	 * The '<em><b>ROADWAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROADWAY_VALUE
	 * @generated
	 * @ordered
	 */
	ROADWAY(3, "ROADWAY", "ROADWAY"),

	/**
	 * The '<em><b>SURFACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURFACE_VALUE
	 * @generated
	 * @ordered
	 */
	SURFACE(4, "SURFACE", "SURFACE"),

	/**
	 * The '<em><b>BENCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENCH_VALUE
	 * @generated
	 * @ordered
	 */
	BENCH(5, "BENCH", "BENCH"),

	/**
	 * The '<em><b>DUMP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUMP_VALUE
	 * @generated
	 * @ordered
	 */
	DUMP(6, "DUMP", "DUMP"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>MINING DISTRICT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINING_DISTRICT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINING_DISTRICT_VALUE = 0;

	/**
	 * The '<em><b>COAL FACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COAL_FACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COAL_FACE_VALUE = 1;

	/**
	 * The '<em><b>HEADING FACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEADING_FACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEADING_FACE_VALUE = 2;

	/**
	 * The '<em><b>ROADWAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROADWAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROADWAY_VALUE = 3;

	/**
	 * The '<em><b>SURFACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURFACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SURFACE_VALUE = 4;

	/**
	 * The '<em><b>BENCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BENCH_VALUE = 5;

	/**
	 * The '<em><b>DUMP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUMP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DUMP_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Area Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AreaKind[] VALUES_ARRAY =
		new AreaKind[] {
			MINING_DISTRICT,
			COAL_FACE,
			HEADING_FACE,
			ROADWAY,
			SURFACE,
			BENCH,
			DUMP,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Area Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AreaKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Area Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaKind get(int value) {
		switch (value) {
			case MINING_DISTRICT_VALUE: return MINING_DISTRICT;
			case COAL_FACE_VALUE: return COAL_FACE;
			case HEADING_FACE_VALUE: return HEADING_FACE;
			case ROADWAY_VALUE: return ROADWAY;
			case SURFACE_VALUE: return SURFACE;
			case BENCH_VALUE: return BENCH;
			case DUMP_VALUE: return DUMP;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AreaKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AreaKind
