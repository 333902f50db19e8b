/**
 */
package org.minewatch.model.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.report.ReportPackage#getReportKind()
 * @model
 * @generated
 */
public enum ReportKind implements Enumerator {
	/**
	 * The '<em><b>SELF INSPECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_INSPECTION_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_INSPECTION(0, "SELF_INSPECTION", "SELF_INSPECTION"),

	/**
	 * The '<em><b>INVESTIGATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTIGATION_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTIGATION(1, "INVESTIGATION", "INVESTIGATION"),

	/**
	 * The '<em><b>ENFORCEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENFORCEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENFORCEMENT(2, "ENFORCEMENT", "ENFORCEMENT"),

	/**
	 * The '<em><b>MONTHLY PROGRESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTHLY_PROGRESS_VALUE
	 * @generated
	 * @ordered
	 */
	MONTHLY_PROGRESS(3, "MONTHLY_PROGRESS", "MONTHLY_PROGRESS"),

	/**
	 * The '<em><b>ANALYSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYSIS_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYSIS(4, "ANALYSIS", "ANALYSIS");

	/**
	 * The '<em><b>SELF INSPECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_INSPECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_INSPECTION_VALUE = 0;

	/**
	 * The '<em><b>INVESTIGATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTIGATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTIGATION_VALUE = 1;

	/**
	 * The '<em><b>ENFORCEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENFORCEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENFORCEMENT_VALUE = 2;

	/**
	 * The '<em><b>MONTHLY PROGRESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTHLY_PROGRESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MONTHLY_PROGRESS_VALUE = 3;

	/**
	 * The '<em><b>ANALYSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYSIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANALYSIS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReportKind[] VALUES_ARRAY =
		new ReportKind[] {
			SELF_INSPECTION,
			INVESTIGATION,
			ENFORCEMENT,
			MONTHLY_PROGRESS,
			ANALYSIS,
		};

	/**
	 * A public read-only list of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReportKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReportKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReportKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportKind get(int value) {
		switch (value) {
			case SELF_INSPECTION_VALUE: return SELF_INSPECTION;
			case INVESTIGATION_VALUE: return INVESTIGATION;
			case ENFORCEMENT_VALUE: return ENFORCEMENT;
			case MONTHLY_PROGRESS_VALUE: return MONTHLY_PROGRESS;
			case ANALYSIS_VALUE: return ANALYSIS;
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
	private ReportKind(int value, String name, String literal) {
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
	
} //ReportKind
