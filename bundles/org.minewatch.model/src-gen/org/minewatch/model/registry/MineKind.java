/**
 */
package org.minewatch.model.registry;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Mine Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.registry.RegistryPackage#getMineKind()
 * @model
 * @generated
 */
public enum MineKind implements Enumerator {
	/**
	 * The '<em><b>UNDERGROUND COAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDERGROUND_COAL_VALUE
	 * @generated
	 * @ordered
	 */
	UNDERGROUND_COAL(0, "UNDERGROUND_COAL", "UNDERGROUND_COAL"),

	/**
	 * The '<em><b>OPEN PIT COAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_PIT_COAL_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_PIT_COAL(1, "OPEN_PIT_COAL", "OPEN_PIT_COAL"),

	/**
	 * The '<em><b>UNDERGROUND NON COAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDERGROUND_NON_COAL_VALUE
	 * @generated
	 * @ordered
	 */
	UNDERGROUND_NON_COAL(2, "UNDERGROUND_NON_COAL", "UNDERGROUND_NON_COAL"),

	/**
	 * The '<em><b>TAILINGS POND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAILINGS_POND_VALUE
	 * @generated
	 * @ordered
	 */
	TAILINGS_POND(3, "TAILINGS_POND", "TAILINGS_POND");

	/**
	 * The '<em><b>UNDERGROUND COAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDERGROUND_COAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNDERGROUND_COAL_VALUE = 0;

	/**
	 * The '<em><b>OPEN PIT COAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_PIT_COAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_PIT_COAL_VALUE = 1;

	/**
	 * The '<em><b>UNDERGROUND NON COAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDERGROUND_NON_COAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNDERGROUND_NON_COAL_VALUE = 2;

	/**
	 * The '<em><b>TAILINGS POND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAILINGS_POND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TAILINGS_POND_VALUE = 3;

	/**
	 * An array of all the '<em><b>Mine Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MineKind[] VALUES_ARRAY =
		new MineKind[] {
			UNDERGROUND_COAL,
			OPEN_PIT_COAL,
			UNDERGROUND_NON_COAL,
			TAILINGS_POND,
		};

	/**
	 * A public read-only list of all the '<em><b>Mine Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MineKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Mine Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MineKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MineKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mine Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MineKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MineKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mine Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MineKind get(int value) {
		switch (value) {
			case UNDERGROUND_COAL_VALUE: return UNDERGROUND_COAL;
			case OPEN_PIT_COAL_VALUE: return OPEN_PIT_COAL;
			case UNDERGROUND_NON_COAL_VALUE: return UNDERGROUND_NON_COAL;
			case TAILINGS_POND_VALUE: return TAILINGS_POND;
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
	private MineKind(int value, String name, String literal) {
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
	
} //MineKind
