/**
 */
package org.minewatch.model.registry;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Spontaneous Combustion</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.registry.RegistryPackage#getSpontaneousCombustion()
 * @model
 * @generated
 */
public enum SpontaneousCombustion implements Enumerator {
	/**
	 * The '<em><b>UNRATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNRATED_VALUE
	 * @generated
	 * @ordered
	 */
	UNRATED(0, "UNRATED", "UNRATED"),

	/**
	 * The '<em><b>PRONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRONE_VALUE
	 * @generated
	 * @ordered
	 */
	PRONE(1, "PRONE", "PRONE"),

	/**
	 * The '<em><b>COMBUSTIBLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMBUSTIBLE_VALUE
	 * @generated
	 * @ordered
	 */
	COMBUSTIBLE(2, "COMBUSTIBLE", "COMBUSTIBLE"),

	/**
	 * The '<em><b>NOT PRONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_PRONE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_PRONE(3, "NOT_PRONE", "NOT_PRONE");

	/**
	 * The '<em><b>UNRATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNRATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNRATED_VALUE = 0;

	/**
	 * The '<em><b>PRONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRONE_VALUE = 1;

	/**
	 * The '<em><b>COMBUSTIBLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMBUSTIBLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMBUSTIBLE_VALUE = 2;

	/**
	 * The '<em><b>NOT PRONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_PRONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_PRONE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Spontaneous Combustion</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SpontaneousCombustion[] VALUES_ARRAY =
		new SpontaneousCombustion[] {
			UNRATED,
			PRONE,
			COMBUSTIBLE,
			NOT_PRONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Spontaneous Combustion</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SpontaneousCombustion> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Spontaneous Combustion</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SpontaneousCombustion get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SpontaneousCombustion result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Spontaneous Combustion</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SpontaneousCombustion getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SpontaneousCombustion result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Spontaneous Combustion</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SpontaneousCombustion get(int value) {
		switch (value) {
			case UNRATED_VALUE: return UNRATED;
			case PRONE_VALUE: return PRONE;
			case COMBUSTIBLE_VALUE: return COMBUSTIBLE;
			case NOT_PRONE_VALUE: return NOT_PRONE;
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
	private SpontaneousCombustion(int value, String name, String literal) {
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
	
} //SpontaneousCombustion
